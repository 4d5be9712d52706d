namespace Gatehouse.Checks;

/// <summary>One run of every check: the results and the 0–100 score they add up to.</summary>
internal sealed record CheckReport(int Score, DateTimeOffset GeneratedAt, IReadOnlyList<CheckResult> Results);
