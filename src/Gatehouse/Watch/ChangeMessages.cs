using System.Globalization;
using Gatehouse.Checks;
using Gatehouse.Logins.Alerting;

namespace Gatehouse.Watch;

/// <summary>
/// The watch's notifications: one per check run that found something worse ("New since 14:05: Carol is an
/// administrator; …" and what to do), and the one summary of the first run. Long lists are cut: the panel and
/// the report have the rest.
/// </summary>
internal static class ChangeMessages
{
    public const int MaxLines = 8;

    public static AlertMessage NewSince(DateTimeOffset since, DateTimeOffset now, TimeZoneInfo zone, IReadOnlyList<WatchChange> changes)
    {
        return new AlertMessage(Title(changes), $"New since {When(since, now, zone)}: {Lines(changes.Select(c => c.Text))}{Fixes(changes.Select(c => c.Fix))}") { Tab = PanelTab.Checks };
    }

    /// <summary>Changes seen as they happen (a live account event), not by comparing runs.</summary>
    public static AlertMessage Now(IReadOnlyList<WatchChange> changes) =>
        new(Title(changes), $"{Lines(changes.Select(c => c.Text))}{Fixes(changes.Select(c => c.Fix))}") { Tab = PanelTab.Checks };

    public static AlertMessage Baseline(CheckReport report, IReadOnlyList<Finding> open)
    {
        var found = open.Count == 0
            ? "nothing needs fixing."
            : $"{open.Count} {(open.Count == 1 ? "thing" : "things")} to look at: {Lines(open.Select(f => f.Text))}";
        return new AlertMessage(
            "Gatehouse is watching your home",
            $"First check run: score {report.Score}/100, {found}\nFrom now on you get one message when something gets worse; what gets better is in the daily summary.")
        {
            Tab = PanelTab.Checks,
        };
    }

    private static string Title(IReadOnlyList<WatchChange> changes) =>
        changes.Count == 1 ? "Gatehouse: your home got less safe" : $"Gatehouse: {changes.Count} changes made your home less safe";

    private static string When(DateTimeOffset since, DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(since, zone);
        var format = local.Date == TimeZoneInfo.ConvertTime(now, zone).Date ? "HH:mm" : "d MMM HH:mm";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    private static string Lines(IEnumerable<string> texts)
    {
        var all = texts.Select(t => t.TrimEnd('.')).ToList();
        var shown = string.Join("; ", all.Take(MaxLines));
        return all.Count > MaxLines ? $"{shown}; and {all.Count - MaxLines} more (see the Gatehouse report)." : shown + ".";
    }

    private static string Fixes(IEnumerable<string> fixes)
    {
        var distinct = fixes.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxLines).ToList();
        return distinct.Count switch
        {
            0 => "",
            1 => $"\nWhat to do: {distinct[0]}",
            _ => "\nWhat to do:\n" + string.Join("\n", distinct.Select(f => $"- {f}")),
        };
    }
}
