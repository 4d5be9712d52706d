using Gatehouse.Logging;

namespace Gatehouse.Checks.Reports;

/// <summary>Statuses as reports and entities spell them: pass, warn, fail, unavailable, skipped.</summary>
internal static class StatusNames
{
    public static string Name(this CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Warn => "warn",
        CheckStatus.Fail => "fail",
        CheckStatus.Unavailable => "unavailable",
        CheckStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status a name stands for, or null for anything else.</summary>
    public static CheckStatus? Parse(string? name) =>
        Enum.GetValues<CheckStatus>().Select(s => (CheckStatus?)s).FirstOrDefault(s => s!.Value.Name() == name);

    /// <summary>The closing line every format shares.</summary>
    public static string Tally(CheckReport report)
    {
        int Count(params CheckStatus[] statuses) => report.Results.Count(r => statuses.Contains(r.Status));
        var warnings = Count(CheckStatus.Warn);
        var tally = $"{Count(CheckStatus.Pass)} passed, {warnings} {(warnings == 1 ? "warning" : "warnings")}, {Count(CheckStatus.Fail)} failed";
        var left = Count(CheckStatus.Unavailable, CheckStatus.Skipped);
        return left == 0 ? tally + "." : tally + $", {left} not checked (left out of the score).";
    }

    /// <summary>" (accepted until 2027-03-07 by Alice: reason)" after an accepted finding; empty otherwise.</summary>
    public static string AcceptedNote(Finding finding) => finding.Accepted is not { } risk
        ? ""
        : $" (accepted until {risk.Until.ToUniversalTime():yyyy-MM-dd}{(risk.AcceptedBy.Length > 0 ? " by " + PrintableText.Clean(risk.AcceptedBy) : "")}{(risk.Reason.Length > 0 ? ": " + PrintableText.Clean(risk.Reason) : "")})";
}
