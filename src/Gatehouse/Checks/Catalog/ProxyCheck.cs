using Gatehouse.HaConfig;
using Gatehouse.Options;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// proxy: with <c>use_x_forwarded_for</c>, HA takes the client's address from the X-Forwarded-For header of any
/// request coming from <c>trusted_proxies</c>. Trusting internet ranges lets anyone claim any address (dodging
/// bans, posing as a trusted network); trusting a whole LAN lets any device there do it.
/// </summary>
internal sealed class ProxyCheck(HaConfigSnapshot config) : ConfigFolderCheck(config)
{
    public const string CheckId = "proxy";

    private const string Remediation = "Settings > System > Network (or the http: block of configuration.yaml on HA before 2026.9): list in trusted_proxies only your reverse proxy's own address (for example 192.168.1.20, or 172.30.32.0/23 for a proxy add-on), then restart HA.";

    public override string Id => CheckId;

    public override string Title => "Reverse proxy trust";

    protected override CheckResult Run(CancellationToken cancellationToken)
    {
        var read = Config.Http;
        if (read.Value is not { } http)
        {
            return Unreadable(read.Problem!);
        }
        var source = $"Read from {http.Source}";
        if (!http.UseXForwardedFor)
        {
            return this.Pass("HA does not take client addresses from a proxy's headers (use_x_forwarded_for is off).", [source]);
        }
        if (http.TrustedProxies.Count == 0)
        {
            return this.Warn("use_x_forwarded_for is on without trusted_proxies; HA refuses this combination.", [source], Remediation);
        }
        var ranges = http.TrustedProxies.Select(text => (Text: text, Range: NetworkRange.Parse(text))).ToList();
        var unreadable = ranges.Where(r => r.Range is null).Select(r => $"{r.Text}: not an address or range Gatehouse can judge").ToList();
        var open = ranges.Where(r => r.Range is { IsPrivate: false }).Select(r => $"{r.Range}: includes internet addresses").ToList();
        var wide = ranges.Where(r => r.Range is { IsPrivate: true, IsWide: true, IsSupervisorNetwork: false }).Select(r => $"{r.Range}: a whole network, not one proxy").ToList();
        List<string> details = [.. open, .. wide, .. unreadable, source];
        var findings = ranges.Where(r => r.Range is not { IsPrivate: true } or { IsWide: true, IsSupervisorNetwork: false })
            .Select(r => this.Finding("trusted_proxy", r.Text, r.Range is { IsPrivate: false } ? CheckStatus.Fail : CheckStatus.Warn,
                r.Range is null ? $"trusted_proxies lists {r.Text}, which Gatehouse cannot judge" : $"trusted_proxies lists {r.Range}, {(r.Range is { IsPrivate: true } ? "a whole network" : "internet addresses")}", Remediation)).ToList();
        if (open.Count > 0)
        {
            return this.Fail("HA trusts forwarded addresses from internet ranges: anyone can pretend to come from any address, slipping past bans and trusted networks.", details, Remediation).WithFindings(findings);
        }
        if (wide.Count > 0 || unreadable.Count > 0)
        {
            return this.Warn("HA trusts forwarded addresses from more than your proxy: any device there can pretend to be another address.", details, Remediation).WithFindings(findings);
        }
        return this.Pass($"HA trusts forwarded addresses only from {string.Join(", ", ranges.Select(r => r.Range))}.", [source]);
    }
}
