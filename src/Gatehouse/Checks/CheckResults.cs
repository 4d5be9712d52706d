namespace Gatehouse.Checks;

/// <summary>Builds a check's result with its id and title filled in, so a check states only its verdict.</summary>
internal static class CheckResults
{
    /// <summary>Details are kept short: entity attributes and reports stay readable (and far below HA's 16 KB limit).</summary>
    public const int MaxDetails = 20;

    public static CheckResult Pass(this ISecurityCheck check, string summary, IEnumerable<string>? details = null) =>
        Result(check, CheckStatus.Pass, summary, details, "");

    public static CheckResult Warn(this ISecurityCheck check, string summary, IEnumerable<string>? details, string remediation) =>
        Result(check, CheckStatus.Warn, summary, details, remediation);

    public static CheckResult Fail(this ISecurityCheck check, string summary, IEnumerable<string>? details, string remediation) =>
        Result(check, CheckStatus.Fail, summary, details, remediation);

    /// <summary>The data could not be read: never a pass. <paramref name="reason"/> says what was missing and why.</summary>
    public static CheckResult Unavailable(this ISecurityCheck check, string reason, string remediation = "") =>
        Result(check, CheckStatus.Unavailable, $"Could not be checked: {reason}{(reason.EndsWith('.') ? "" : ".")}", null, remediation);

    public static CheckResult Skipped(this ISecurityCheck check, string reason, string remediation = "") =>
        Result(check, CheckStatus.Skipped, reason, null, remediation);

    /// <summary>A finding of this check: its id is <c>&lt;check&gt;:&lt;kind&gt;:&lt;subject&gt;</c>.</summary>
    public static Finding Finding(this ISecurityCheck check, string kind, string subject, CheckStatus status, string text, string fix) =>
        new(FindingIds.Of(check.Id, kind, subject), status, text, fix);

    public static CheckResult WithFindings(this CheckResult result, IEnumerable<Finding> findings) => result with { Findings = [.. findings] };

    private static CheckResult Result(ISecurityCheck check, CheckStatus status, string summary, IEnumerable<string>? details, string remediation)
    {
        var all = details?.ToList() ?? [];
        var shown = all.Count <= MaxDetails ? all : [.. all.Take(MaxDetails - 1), $"… and {all.Count - (MaxDetails - 1)} more"];
        return new CheckResult(check.Id, check.Title, status, summary, shown, remediation);
    }
}
