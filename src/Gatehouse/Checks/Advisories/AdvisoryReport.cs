namespace Gatehouse.Checks.Advisories;

/// <summary>The advisories that affect the installed versions, when they were looked up, and the lookups that failed.</summary>
internal sealed record AdvisoryReport(
    IReadOnlyList<InstalledComponent> Installed,
    IReadOnlyList<Advisory> Advisories,
    IReadOnlyList<string> Problems,
    DateTimeOffset CheckedAt);
