namespace Gatehouse.Checks.Advisories;

/// <summary>A published security advisory that affects an installed version.</summary>
/// <param name="Id">The GHSA id when there is one, else OSV's id.</param>
/// <param name="Aliases">Other ids of the same advisory (its CVE), so GitHub's and OSV's copies count once.</param>
/// <param name="Component">Home Assistant Core, Supervisor or Operating System.</param>
/// <param name="FixedIn">The first version without it; null when none is published yet.</param>
internal sealed record Advisory(string Id, IReadOnlyList<string> Aliases, string Component, AdvisorySeverity Severity, string Summary, string? FixedIn)
{
    /// <summary>A summary is one line from an outside database: cut to this.</summary>
    public const int MaxSummaryLength = 160;

    public IEnumerable<string> Ids => Aliases.Prepend(Id);

    /// <summary>The CVE id when there is one: what owners search for.</summary>
    public string Name => Aliases.FirstOrDefault(a => a.StartsWith("CVE-", StringComparison.Ordinal)) is { } cve ? $"{Id} ({cve})" : Id;
}
