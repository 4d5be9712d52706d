using Gatehouse.HaConfig.Yaml;

namespace Gatehouse.Checks.Webhooks;

/// <summary>
/// A webhook trigger of an automation. <see cref="WebhookId"/> is needed to judge it and must never be shown whole:
/// <see cref="Shown"/> is what reports may carry.
/// </summary>
/// <param name="Automation">The automation's alias, else its id, else "an automation without a name".</param>
/// <param name="AutomationKey">The automation's id (stable across edits), else its alias: what the finding id is built on.</param>
/// <param name="Index">Which webhook trigger of that automation (1-based), for automations with several.</param>
/// <param name="LocalOnly">As written; null when left out, which means local only from HA 2024.2 on and open to all before.</param>
internal sealed record WebhookTrigger(SourceMark Mark, string Automation, string AutomationKey, int Index, string WebhookId, bool? LocalOnly)
{
    public const int ShownCharacters = 4;

    /// <summary>The first four characters and the length: enough to recognise it, too little to call it.</summary>
    public string Shown => $"{WebhookId[..Math.Min(ShownCharacters, WebhookId.Length / 2)]}… ({WebhookId.Length} characters)";

    public bool IsTemplate => WebhookId.Contains("{{", StringComparison.Ordinal) || WebhookId.Contains("{%", StringComparison.Ordinal);
}
