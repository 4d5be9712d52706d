using System.Globalization;
using Gatehouse.Logins;
using Gatehouse.Logins.Alerting;

namespace Gatehouse.Watch.Digest;

/// <summary>
/// The daily summary: the failed logins from known networks that were not pushed (per network, and how many were
/// apps with an expired login), and what got better since the last summary. Null when there is nothing to say.
/// </summary>
internal static class DigestMessage
{
    public const int MaxNamed = 8;
    public const string Title = "Gatehouse daily summary";

    public static AlertMessage? Compose(IReadOnlyList<(LoginAttempt Attempt, string Network)> known, IReadOnlyList<string> fixedSince)
    {
        var lines = new List<string>();
        if (known.Count > 0)
        {
            var networks = known.GroupBy(k => k.Network, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .Select(g => $"{g.Key}: {g.Count().ToString("N0", CultureInfo.InvariantCulture)}")
                .Take(MaxNamed);
            var apps = known.Count(k => k.Attempt.Kind == LoginAttemptKind.TokenRefresh);
            lines.Add($"{AlertComposer.Count(known.Count, "failed login")} from your known networks since the last summary ({string.Join(", ", networks)})"
                + (apps > 0 ? $", {apps.ToString("N0", CultureInfo.InvariantCulture)} of them apps with an expired login." : "."));
            lines.Add("They were recorded and the notices dismissed without a push each; a flood from one network or a ban still alerts at once.");
        }
        if (fixedSince.Count > 0)
        {
            var shown = fixedSince.Take(MaxNamed).Select(t => t.TrimEnd('.'));
            lines.Add($"Fixed since the last summary: {string.Join("; ", shown)}{(fixedSince.Count > MaxNamed ? $"; and {fixedSince.Count - MaxNamed} more" : "")}.");
        }
        // Logins, fixes, or both: the tab that shows what it speaks of, or the overview for both.
        var tab = fixedSince.Count == 0 ? PanelTab.Logins : known.Count == 0 ? PanelTab.Checks : PanelTab.Overview;
        return lines.Count == 0 ? null : new AlertMessage(Title, string.Join("\n", lines)) { Tab = tab };
    }
}
