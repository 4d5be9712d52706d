using Gatehouse.Checks;

namespace Gatehouse.Tests.Watch;

/// <summary>Check runs as the watch sees them, built in one line each.</summary>
internal static class WatchReports
{
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 14, 5, 0, TimeSpan.Zero);

    public static CheckResult Result(string id, CheckStatus status, params Finding[] findings) =>
        new(id, $"Title of {id}", status, $"{id} is {status}", [], $"Fix {id}") { Findings = findings };

    public static Finding Problem(string id, string text, CheckStatus status = CheckStatus.Warn) => new(id, status, text, $"Fix for {text}");

    public static CheckReport Run(int hoursLater, params CheckResult[] results) => new(50, Start.AddHours(hoursLater), results);
}
