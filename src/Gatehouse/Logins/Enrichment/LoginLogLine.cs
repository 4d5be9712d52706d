namespace Gatehouse.Logins.Enrichment;

/// <summary>What HA's WARNING line for a failed login adds to the notice: the requested URL and the user agent.</summary>
internal sealed record LoginLogLine(string Ip, string? Url, string? UserAgent);
