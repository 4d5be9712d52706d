using System.Globalization;
using Gatehouse.Logging;

namespace Gatehouse.Checks.Reports;

/// <summary>A summary table, then each check that needs attention with its details and fix.</summary>
internal static class MarkdownReport
{
    public static void Write(CheckReport report, TextWriter output)
    {
        output.WriteLine("# Gatehouse security audit");
        output.WriteLine();
        output.WriteLine($"Score: **{report.Score}/100** · {report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC · {StatusNames.Tally(report)}");
        output.WriteLine();
        output.WriteLine("| Status | Check | Summary |");
        output.WriteLine("|---|---|---|");
        foreach (var result in report.Results)
        {
            output.WriteLine($"| {Icon(result.Status)} {result.Status.Name()} | `{PrintableText.Clean(result.Id)}` | {Cell(result.Summary)} |");
        }
        foreach (var result in report.Results.Where(r => r.Details.Count > 0 || r.Remediation.Length > 0 || r.Findings.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"## {Escape(result.Title)} (`{PrintableText.Clean(result.Id)}`): {result.Status.Name()}");
            output.WriteLine();
            foreach (var detail in result.Details)
            {
                output.WriteLine($"- {Escape(detail)}");
            }
            if (result.Remediation.Length > 0)
            {
                output.WriteLine();
                output.WriteLine($"**Fix:** {Escape(result.Remediation)}");
            }
            if (result.Findings.Any(f => f.IsProblem))
            {
                output.WriteLine();
                output.WriteLine("Findings:");
                output.WriteLine();
                foreach (var finding in result.Findings.Where(f => f.IsProblem))
                {
                    output.WriteLine($"- `{Code(finding.Id)}` ({finding.Status.Name()}): {Escape(finding.Text)}{Escape(StatusNames.AcceptedNote(finding))}");
                }
            }
        }
    }

    private static string Icon(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "✅",
        CheckStatus.Warn => "⚠️",
        CheckStatus.Fail => "❌",
        _ => "➖",
    };

    // An id is shown as code: backticks inside it would end the span early.
    private static string Code(string text) => PrintableText.Clean(text).Replace('`', '\'').ReplaceLineEndings(" ");

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal);

    // File names and keys (secrets.yaml, mqtt_password) must not turn into emphasis or HTML.
    private static string Escape(string text) => PrintableText.Clean(text)
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .ReplaceLineEndings(" ");
}
