using Gatehouse.Logging;

namespace Gatehouse.Checks.Engine;

/// <summary>
/// Completes a result's findings once, for every check alike: texts made printable, one finding per id, at most
/// <see cref="MaxFindings"/> (the rest folded into one, so none is silently lost), and a warning or failing
/// result that names no problem of its own gets one finding for the check as a whole, so every problem can be
/// compared between runs and accepted. A result whose data could not be read has no findings.
/// </summary>
internal static class ResultFindings
{
    /// <summary>Far more than any home has (a www folder full of photos); keeps /data and the reports bounded.</summary>
    public const int MaxFindings = 500;

    public static CheckResult Complete(CheckResult result)
    {
        if (result.Status is not (CheckStatus.Pass or CheckStatus.Warn or CheckStatus.Fail))
        {
            return result.Findings.Count == 0 ? result : result with { Findings = [] };
        }
        var findings = result.Findings
            .Select(f => new Finding(PrintableText.Clean(f.Id), f.Status, PrintableText.Clean(f.Text), PrintableText.Clean(f.Fix)))
            .DistinctBy(f => f.Id)
            .ToList();
        if (findings.Count > MaxFindings)
        {
            var rest = findings.Skip(MaxFindings - 1).ToList();
            var worst = rest.Any(f => f.Status == CheckStatus.Fail) ? CheckStatus.Fail : rest.Any(f => f.IsProblem) ? CheckStatus.Warn : CheckStatus.Pass;
            findings = [.. findings.Take(MaxFindings - 1), new Finding(FindingIds.Of(result.Id, "more", "findings"), worst, $"… and {rest.Count} more like these", result.Remediation)];
        }
        if (result.Status is CheckStatus.Warn or CheckStatus.Fail && !findings.Any(f => f.IsProblem))
        {
            findings.Add(new Finding(FindingIds.WholeCheck(result.Id), result.Status, result.Summary, result.Remediation));
        }
        return result with { Findings = findings };
    }
}
