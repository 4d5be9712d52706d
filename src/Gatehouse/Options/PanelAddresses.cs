using System.Net;

namespace Gatehouse.Options;

/// <summary>
/// Where the panel listens and whom it answers. As an add-on: every interface on port 8099, answering only the
/// Supervisor's ingress proxy (HA's rule for ingress add-ons: "only connections from 172.30.32.2 must be allowed").
/// Standalone: loopback only. GATEHOUSE_PANEL and GATEHOUSE_PANEL_PEERS override both.
/// </summary>
internal static class PanelAddresses
{
    public const int DefaultPort = 8099;
    public const string Off = "off";
    public static readonly IPAddress IngressProxy = IPAddress.Parse("172.30.32.2");

    public static (IPEndPoint? Listen, IReadOnlyList<IPAddress> Peers) Read(string? listen, string? peers, bool isAddon, List<OptionProblem> problems)
    {
        var endpoint = isAddon ? new IPEndPoint(IPAddress.Any, DefaultPort) : new IPEndPoint(IPAddress.Loopback, DefaultPort);
        if (string.Equals(listen, Off, StringComparison.OrdinalIgnoreCase))
        {
            endpoint = null;
        }
        else if (listen is not null && !IPEndPoint.TryParse(listen, out endpoint))
        {
            problems.Add(new OptionProblem(EnvironmentNames.Panel, $"'{listen}' is not host:port (for example 127.0.0.1:8099) or 'off'.", IsVariable: true));
        }

        IReadOnlyList<IPAddress> allowed = isAddon ? [IngressProxy] : [IPAddress.Loopback, IPAddress.IPv6Loopback];
        if (peers is not null)
        {
            var parsed = peers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(text => (text, ok: IPAddress.TryParse(text, out var address), address))
                .ToList();
            foreach (var (text, _, _) in parsed.Where(p => !p.ok))
            {
                problems.Add(new OptionProblem(EnvironmentNames.PanelPeers, $"'{text}' is not an IP address; give the addresses the panel may answer, comma-separated.", IsVariable: true));
            }
            allowed = [.. parsed.Where(p => p.ok).Select(p => p.address!)];
        }
        return (endpoint, allowed);
    }
}
