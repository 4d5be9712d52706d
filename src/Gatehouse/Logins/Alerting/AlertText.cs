using System.Text;

namespace Gatehouse.Logins.Alerting;

/// <summary>
/// Makes text from outside (a host name from reverse DNS, a user agent, a notice HA did not write) safe to put in
/// an alert: no control or direction-override characters, no markup that a notify platform would render, and a
/// bounded length. What remains is plain text a person can read.
/// </summary>
internal static class AlertText
{
    public static string Clean(string text, int maxLength)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        foreach (var rune in text.EnumerateRunes())
        {
            if (builder.Length >= maxLength)
            {
                builder.Append('…');
                break;
            }
            builder.Append(Replacement(rune));
        }
        return builder.ToString().Trim();
    }

    private static string Replacement(Rune rune) => rune.Value switch
    {
        '\n' or '\r' or '\t' => " ",
        // HTML and Markdown would turn these into tags, links or code in some notify platforms.
        '<' => "‹",
        '>' => "›",
        '[' => "(",
        ']' => ")",
        '`' => "'",
        // Bidirectional overrides can make an address read backwards.
        >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 => "",
        _ when Rune.IsControl(rune) => "",
        _ => rune.ToString(),
    };
}
