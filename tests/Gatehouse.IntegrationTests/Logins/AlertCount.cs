using System.Globalization;
using System.Text.RegularExpressions;

namespace Gatehouse.IntegrationTests.Logins;

/// <summary>
/// How many attempts a delivered alert speaks for, read from its first line(s) as a person would: an alert or a ban
/// is one, "N more failed logins" is N, a digest's "N failed logins … and M bans" is N + M, and delayed alerts sent
/// as one count each of their parts.
/// </summary>
internal static partial class AlertCount
{
    public static int Of(string title, string message)
    {
        var lines = message.Split('\n');
        return title == "Delayed alerts from Gatehouse"
            ? lines.Where(l => l.StartsWith("• ", StringComparison.Ordinal)).Sum(l => OfFirstLine(l[2..]))
            : OfFirstLine(lines[0]);
    }

    /// <summary>
    /// Delivery is at least once: every recorded attempt is spoken for, and what is spoken for twice fits in one alert
    /// per interruption (the send in flight when the process died or the socket closed, whose answer was lost).
    /// </summary>
    public static void AssertAtLeastOnce(IReadOnlyList<int> alertCounts, int recorded, int interruptions, string context)
    {
        var excess = alertCounts.Sum() - recorded;
        Assert.True(excess >= 0, $"{context}: {-excess} recorded attempts were never alerted");
        Assert.True(excess <= alertCounts.OrderDescending().Take(interruptions).Sum(), $"{context}: {excess} attempts alerted twice, more than {interruptions} alerts cover");
    }

    private static int OfFirstLine(string line)
    {
        if (More().Match(line) is { Success: true } more)
        {
            return Number(more.Groups["n"].Value);
        }
        if (Digest().Match(line) is { Success: true } digest && (digest.Groups["n"].Success || digest.Groups["m"].Success))
        {
            return (digest.Groups["n"].Success ? Number(digest.Groups["n"].Value) : 0) + (digest.Groups["m"].Success ? Number(digest.Groups["m"].Value) : 0);
        }
        return 1;
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<n>[\d,]+) more failed logins? from ")]
    private static partial Regex More();

    [GeneratedRegex(@"^(?:(?<n>[\d,]+) failed logins? from [^,]*?)?(?:(?: and )?(?<m>[\d,]+) bans?)?, (?:at|from) ")]
    private static partial Regex Digest();
}
