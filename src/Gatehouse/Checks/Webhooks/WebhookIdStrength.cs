namespace Gatehouse.Checks.Webhooks;

/// <summary>
/// Whether a webhook id can be guessed. The id is the webhook's only password: HA's own editor makes a random one
/// of 24+ characters. Guessable: shorter than <see cref="MinLength"/>, made of words alone (letters and separators),
/// or a person's name with too little else around it.
/// </summary>
internal static class WebhookIdStrength
{
    public const int MinLength = 16;

    /// <summary>Why the id is guessable, or null when it is not.</summary>
    public static string? Weakness(string webhookId, IEnumerable<string> names)
    {
        if (webhookId.Length < MinLength)
        {
            return $"shorter than {MinLength} characters";
        }
        if (webhookId.All(c => char.IsLetter(c) || c is '-' or '_' or '.' or ' '))
        {
            return "made of words";
        }
        var rest = names.Where(n => n.Length >= 3)
            .Aggregate(webhookId, (id, name) => id.Replace(name, "", StringComparison.OrdinalIgnoreCase));
        return rest.Length < webhookId.Length && rest.Count(char.IsLetterOrDigit) < MinLength ? "built on a person's name" : null;
    }
}
