namespace Gatehouse.Checks.Internet;

/// <summary>
/// What Shodan InternetDB holds for the public IP (<c>{"ip","ports","tags","vulns","hostnames","cpes"}</c>);
/// <see cref="Listed"/> is false when it has no record (HTTP 404), i.e. its scans found nothing open.
/// </summary>
internal sealed record InternetRecord(
    string PublicIp,
    bool Listed,
    IReadOnlyList<int> Ports,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Vulnerabilities,
    IReadOnlyList<string> Hostnames);
