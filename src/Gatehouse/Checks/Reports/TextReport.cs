using System.Globalization;
using Gatehouse.Logging;

namespace Gatehouse.Checks.Reports;

/// <summary>
/// A table a person reads at a terminal: one line per check, then details and the fix under each that needs
/// attention. ANSI colour only when asked for (the caller decides: a terminal, and NO_COLOR unset); the texts' own
/// control characters (file names from the folder can hold escape sequences) are replaced.
/// </summary>
internal static class TextReport
{
    private const string Reset = "\u001b[0m";

    public static void Write(CheckReport report, TextWriter output, bool colour)
    {
        string Paint(string text, CheckStatus status) => colour ? $"{Colour(status)}{text}{Reset}" : text;
        var idWidth = report.Results.Select(r => r.Id.Length).DefaultIfEmpty(0).Max();

        output.WriteLine($"Gatehouse security audit: score {report.Score}/100 ({report.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC)");
        output.WriteLine();
        foreach (var result in report.Results)
        {
            var label = result.Status.Name().ToUpperInvariant().PadRight(11);
            output.WriteLine($"  {Paint(label, result.Status)} {PrintableText.Clean(result.Id).PadRight(idWidth)}  {PrintableText.Clean(result.Summary)}");
            if (result.Status is CheckStatus.Pass)
            {
                continue;
            }
            var indent = new string(' ', 2 + 11 + 1 + idWidth + 2);
            foreach (var detail in result.Details)
            {
                output.WriteLine($"{indent}- {PrintableText.Clean(detail)}");
            }
            if (result.Remediation.Length > 0)
            {
                output.WriteLine($"{indent}Fix: {PrintableText.Clean(result.Remediation)}");
            }
            foreach (var finding in result.Findings.Where(f => f.IsProblem))
            {
                output.WriteLine($"{indent}Finding {PrintableText.Clean(finding.Id)} ({finding.Status.Name()}): {PrintableText.Clean(finding.Text)}{StatusNames.AcceptedNote(finding)}");
            }
        }
        output.WriteLine();
        output.WriteLine(StatusNames.Tally(report));
    }

    private static string Colour(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "\u001b[32m",
        CheckStatus.Warn => "\u001b[33m",
        CheckStatus.Fail => "\u001b[31;1m",
        _ => "\u001b[90m",
    };
}
