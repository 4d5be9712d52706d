using Gatehouse.Checks.Internet;
using Gatehouse.Checks.Ports;
using Gatehouse.Options;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// remote_exposure (opt-in): what the whole internet sees of the house, per Shodan InternetDB's record of the public
/// IP: open ports, tags and known vulnerabilities (CVEs). Skipped unless <c>remote_exposure_check</c> is on, since
/// it sends the public IP to the lookup service and to Shodan.
/// </summary>
internal sealed class RemoteExposureCheck(InternetExposure internet, GatehouseOptions options) : ISecurityCheck
{
    public const string CheckId = "remote_exposure";

    /// <summary>InternetDB tags that mean the address already looks taken over.</summary>
    private static readonly HashSet<string> AlarmingTags = new(StringComparer.OrdinalIgnoreCase) { "compromised", "malware", "c2", "doublepulsar" };

    private const string Close = "On your router, remove the port forwardings for these ports (or disable UPnP, which opens them by itself); reach HA from outside through a VPN add-on or Home Assistant Cloud instead. Shodan's record updates within days.";

    public string Id => CheckId;

    public string Title => "Exposure to the internet";

    public IReadOnlyList<CheckSource> Sources { get; } = [CheckSource.Network];

    public async Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        if (!internet.Enabled)
        {
            return this.Skipped("Off: turn on remote_exposure_check to look up your public address in Shodan InternetDB (this sends the address to a lookup service and to Shodan).");
        }
        var read = await internet.RecordAsync();
        if (read.Value is not { } record)
        {
            return read.Unavailable(this);
        }
        if (!record.Listed)
        {
            return this.Pass($"Shodan InternetDB has no record of your public address {record.PublicIp}: its scans found nothing open there.");
        }
        var allowed = options.AllowedPorts.ToHashSet();
        var ports = record.Ports.Select(PortTable.Default.Describe).ToList();
        var risky = ports.Where(p => !allowed.Contains(p.Port) && p.Risk == PortRisk.Risky).ToList();
        var notable = ports.Where(p => !allowed.Contains(p.Port) && p.Risk == PortRisk.Notable).ToList();
        var alarming = record.Tags.Where(AlarmingTags.Contains).ToList();
        var details = new List<string> { $"Public address {record.PublicIp}" };
        details.AddRange(ports.Select(p => $"Open to the internet: port {p}{(allowed.Contains(p.Port) ? " (in allowed_ports)" : "")}"));
        if (record.Tags.Count > 0)
        {
            details.Add($"Shodan tags: {string.Join(", ", record.Tags)}");
        }
        details.AddRange(record.Vulnerabilities.Select(v => $"Known vulnerability: {v}"));
        if (record.Vulnerabilities.Count > 0)
        {
            return this.Fail($"Shodan lists {record.Vulnerabilities.Count} known vulnerabilit{(record.Vulnerabilities.Count == 1 ? "y" : "ies")} in what your address serves to the internet.", details,
                "Update whatever answers on the open ports (router, HA, proxies, add-ons); better still, close the ports. " + Close);
        }
        if (alarming.Count > 0)
        {
            return this.Fail($"Shodan tags your address as {string.Join(", ", alarming)}: a device at home may be taken over.", details,
                "Change the router's and HA's passwords, update the router's firmware, and look for unknown devices on your network. " + Close);
        }
        if (risky.Count > 0)
        {
            return this.Fail($"Risky services are open to the whole internet: {string.Join(", ", risky)}.", details, Close);
        }
        if (notable.Count > 0)
        {
            return this.Warn($"Ports open to the internet: {string.Join(", ", notable)}.", details,
                "If you forward these on purpose, add them to allowed_ports; otherwise close them. " + Close);
        }
        return this.Pass($"Only the ports you allowed are open on your public address {record.PublicIp}.", details);
    }
}
