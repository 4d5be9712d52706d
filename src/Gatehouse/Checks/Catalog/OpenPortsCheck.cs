using System.Net;
using System.Net.Sockets;
using Gatehouse.Checks.Ports;
using Gatehouse.Options;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// open_ports: a TCP connect probe of the configured hosts over the ports in <see cref="PortTable"/> plus
/// <c>allowed_ports</c>. An open risky port (telnet, SMB, databases, MQTT without TLS…) fails, another unexpected one
/// warns; <c>allowed_ports</c> and HA's own web ports on the HA host are expected. When the host is Gatehouse's own
/// pick (the host of HA_URL) and a loopback address, the probe cannot tell a service that listens on loopback only,
/// out of the network's reach, from one that listens everywhere: what it finds there warns with that caveat and
/// never fails. Hosts the owner lists in <c>scan_hosts</c> are judged as given.
/// </summary>
internal sealed class OpenPortsCheck(PortProbe probe, PortTable table, GatehouseOptions options, GatehouseEnvironment environment) : ISecurityCheck
{
    public const string CheckId = "open_ports";

    private const string Close = "Stop or uninstall what listens there, or bind it to localhost; if a port must stay open, add it to allowed_ports. Never forward these ports on the router.";
    private const string AllowOrStop = "If you know and need these services, add their ports to allowed_ports; otherwise stop what listens there.";
    private const string ScanTheNetworkAddress = "Set scan_hosts to this machine's network address (for example 192.168.1.10) to see what other devices can reach. If a port must stay open, add it to allowed_ports.";

    public string Id => CheckId;

    public string Title => "Open ports";

    public IReadOnlyList<CheckSource> Sources { get; } = [CheckSource.Network];

    public async Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        var hosts = ScanTargets.Hosts(options, environment);
        if (hosts.Count == 0)
        {
            return this.Unavailable("there is no host to probe", "Set scan_hosts in the options, or pass --ha-url so the HA host is probed.");
        }
        var allowed = options.AllowedPorts.ToHashSet();
        var ports = table.Ports.Select(p => p.Port).Concat(allowed).Distinct().ToList();
        var homeAssistantHost = ScanTargets.HomeAssistantHost(environment);
        var details = new List<string>();
        var risky = new List<string>();
        var notable = new List<string>();
        var onLoopback = new List<string>();
        var findings = new List<Finding>();
        var probed = 0;
        foreach (var host in hosts)
        {
            if (await ResolveAsync(host, cancellationToken) is not { } address)
            {
                details.Add($"{host}: the name could not be resolved, so it was not probed");
                continue;
            }
            probed++;
            var open = await probe.OpenPortsAsync(address, ports, cancellationToken);
            var shown = host == address.ToString() ? host : $"{host} ({address})";
            foreach (var port in open.Select(table.Describe))
            {
                var expected = allowed.Contains(port.Port) || (host == homeAssistantHost && PortTable.HomeAssistantWeb.Contains(port.Port));
                var line = $"{shown}: port {port}{(expected ? " is open, as expected" : " is open")}";
                details.Add(line);
                if (!expected)
                {
                    var list = IPAddress.IsLoopback(address) && !options.ScanHosts.Contains(host) ? onLoopback : port.Risk == PortRisk.Risky ? risky : notable;
                    list.Add($"{port} on {host}");
                    findings.Add(this.Finding("port", $"{host}:{port.Port}", list == risky ? CheckStatus.Fail : CheckStatus.Warn, $"Port {port} is open on {host}",
                        list == risky ? Close : list == notable ? AllowOrStop : ScanTheNetworkAddress));
                }
            }
            if (open.Count == 0)
            {
                details.Add($"{shown}: none of the {ports.Count} probed ports is open");
            }
        }
        if (probed == 0)
        {
            return this.Unavailable($"none of the hosts could be resolved ({string.Join(", ", hosts)})", "Check the names in scan_hosts, or use IP addresses.");
        }
        if (risky.Count > 0)
        {
            return this.Fail($"Risky services answer: {string.Join(", ", risky)}.", details, Close).WithFindings(findings);
        }
        if (notable.Count > 0)
        {
            return this.Warn($"Unexpected open ports: {string.Join(", ", notable)}.", details,
                AllowOrStop).WithFindings(findings);
        }
        if (onLoopback.Count > 0)
        {
            return this.Warn($"Services answer on this machine's loopback address: {string.Join(", ", onLoopback)}. A loopback probe cannot tell whether other devices can reach them too.",
                details, ScanTheNetworkAddress).WithFindings(findings);
        }
        return this.Pass($"No unexpected open port on {string.Join(", ", hosts)} among the {ports.Count} ports probed.", details);
    }

    private static async Task<IPAddress?> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var address))
        {
            return address;
        }
        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            return addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault();
        }
        catch (SocketException)
        {
            return null;
        }
    }
}
