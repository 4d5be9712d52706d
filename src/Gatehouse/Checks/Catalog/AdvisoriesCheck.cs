using System.Globalization;
using Gatehouse.Checks.Advisories;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// advisories (opt-in): published security advisories that affect the installed Core, Supervisor and OS versions,
/// from GitHub's advisory database, the projects' own advisories and OSV. Fail for a high or critical one, warn for
/// a medium or unrated one; each named with its severity and the first fixed version. Skipped unless
/// <c>advisories_check</c> is on, since it sends the versions to those services; a lookup that failed with nothing
/// found is unavailable, never a pass.
/// </summary>
internal sealed class AdvisoriesCheck(AdvisoryLookup lookup) : ISecurityCheck
{
    public const string CheckId = "advisories";

    private const string Update = "Settings > System > Updates: take a backup, then install the updates named (Core, Supervisor and OS each fix their own advisories).";

    public string Id => CheckId;

    public string Title => "Known security advisories";

    public IReadOnlyList<CheckSource> Sources { get; } = [CheckSource.Network];

    public async Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        if (!lookup.Enabled)
        {
            return this.Skipped("Off: turn on advisories_check to look up the installed Core, Supervisor and OS versions in GitHub's and OSV's advisory databases (this sends those version numbers to them).");
        }
        var read = await lookup.ReportAsync();
        if (read.Value is not { } report)
        {
            return read.Unavailable(this);
        }
        var installed = string.Join(", ", report.Installed.Select(c => $"{c.Name} {c.Version}"));
        var details = new List<string> { $"Installed: {installed}; looked up {report.CheckedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" };
        details.AddRange(report.Problems.Select(p => $"Not looked up: {p}"));
        var relevant = report.Advisories.Where(a => a.Severity != AdvisorySeverity.Low)
            .OrderByDescending(a => a.Severity == AdvisorySeverity.Unknown ? AdvisorySeverity.Medium : a.Severity)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        details.InsertRange(1, relevant.Select(Describe));
        var low = report.Advisories.Count - relevant.Count;
        if (low > 0)
        {
            details.Add($"{low} low-severity advisor{(low == 1 ? "y" : "ies")} also apply");
        }
        if (relevant.Count == 0)
        {
            return report.Problems.Count > 0
                ? this.Unavailable($"{string.Join("; ", report.Problems)}", "The lookup runs again with the next check run; GitHub allows 60 lookups an hour from one address.")
                : this.Pass($"No medium, high or critical advisory affects {installed}.", details);
        }
        var findings = relevant.Select(a => this.Finding("advisory", a.Id, IsSevere(a) ? CheckStatus.Fail : CheckStatus.Warn,
            $"{a.Component} is affected by {a.Name}, {a.Severity.Name()}: {a.Summary}", a.FixedIn is { } fixedIn ? $"Update {a.Component} to {fixedIn} or newer." : $"No fix is published for {a.Component} yet: follow the advisory.")).ToList();
        var severe = relevant.Count(IsSevere);
        return (severe > 0
                ? this.Fail($"{severe} high or critical security advisor{(severe == 1 ? "y affects" : "ies affect")} what is installed: {string.Join(", ", relevant.Where(IsSevere).Select(a => a.Name).Take(3))}.", details, Update)
                : this.Warn($"{relevant.Count} medium security advisor{(relevant.Count == 1 ? "y affects" : "ies affect")} what is installed.", details, Update))
            .WithFindings(findings);
    }

    private static bool IsSevere(Advisory advisory) => advisory.Severity is AdvisorySeverity.High or AdvisorySeverity.Critical;

    private static string Describe(Advisory advisory) =>
        $"{advisory.Component}: {advisory.Name}, {advisory.Severity.Name()}, {(advisory.FixedIn is { } fixedIn ? $"fixed in {fixedIn}" : "no fix yet")}: {advisory.Summary}";
}
