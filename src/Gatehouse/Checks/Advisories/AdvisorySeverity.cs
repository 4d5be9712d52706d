namespace Gatehouse.Checks.Advisories;

/// <summary>How bad an advisory is, as GitHub (<c>low</c>…<c>critical</c>) and OSV (<c>LOW</c>, <c>MODERATE</c>…) rate it.</summary>
internal enum AdvisorySeverity
{
    /// <summary>Not rated: treated as medium, since it cannot be ruled harmless.</summary>
    Unknown,
    Low,
    Medium,
    High,
    Critical,
}

internal static class AdvisorySeverities
{
    public static AdvisorySeverity Parse(string? text) => text?.ToLowerInvariant() switch
    {
        "low" => AdvisorySeverity.Low,
        "medium" or "moderate" => AdvisorySeverity.Medium,
        "high" => AdvisorySeverity.High,
        "critical" => AdvisorySeverity.Critical,
        _ => AdvisorySeverity.Unknown,
    };

    public static string Name(this AdvisorySeverity severity) => severity == AdvisorySeverity.Unknown ? "not rated" : severity.ToString().ToLowerInvariant();
}
