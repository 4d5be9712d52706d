namespace Gatehouse.Checks.Ports;

/// <summary>
/// The ports open_ports probes and remote_exposure names: services that give an intruder a way in when reachable.
/// Home Assistant's own web ports are here too: on the HA host they are expected, seen from the internet they are not.
/// </summary>
internal sealed class PortTable(IReadOnlyList<KnownPort> ports)
{
    /// <summary>HA's web server: 8123, or 80 on HA OS since 2026 (ha-core.md §0), 443 behind a TLS proxy.</summary>
    public static readonly IReadOnlySet<int> HomeAssistantWeb = new HashSet<int> { 80, 443, 8123 };

    public static PortTable Default { get; } = new(
    [
        new(21, "FTP, passwords sent in clear", PortRisk.Risky),
        new(22, "SSH", PortRisk.Notable),
        new(23, "Telnet, passwords sent in clear", PortRisk.Risky),
        new(53, "DNS", PortRisk.Notable),
        new(80, "HTTP, unencrypted web", PortRisk.Notable),
        new(111, "RPC portmapper", PortRisk.Risky),
        new(135, "Windows RPC", PortRisk.Risky),
        new(139, "SMB (NetBIOS) file sharing", PortRisk.Risky),
        new(443, "HTTPS", PortRisk.Notable),
        new(445, "SMB file sharing", PortRisk.Risky),
        new(1433, "Microsoft SQL Server database", PortRisk.Risky),
        new(1880, "Node-RED editor", PortRisk.Risky),
        new(1883, "MQTT without TLS", PortRisk.Risky),
        new(2049, "NFS file sharing", PortRisk.Risky),
        new(2375, "Docker API without TLS", PortRisk.Risky),
        new(3000, "web app (Grafana and others)", PortRisk.Notable),
        new(3306, "MySQL/MariaDB database", PortRisk.Risky),
        new(3389, "Remote Desktop (RDP)", PortRisk.Risky),
        new(4357, "Supervisor observer", PortRisk.Notable),
        new(5432, "PostgreSQL database", PortRisk.Risky),
        new(5900, "VNC remote desktop", PortRisk.Risky),
        new(5901, "VNC remote desktop", PortRisk.Risky),
        new(6052, "ESPHome dashboard", PortRisk.Risky),
        new(6379, "Redis database", PortRisk.Risky),
        new(8080, "HTTP, unencrypted web", PortRisk.Notable),
        new(8086, "InfluxDB database", PortRisk.Risky),
        new(8123, "Home Assistant", PortRisk.Notable),
        new(8443, "HTTPS", PortRisk.Notable),
        new(8883, "MQTT over TLS", PortRisk.Notable),
        new(9000, "Portainer and other admin pages", PortRisk.Notable),
        new(9100, "raw printing", PortRisk.Notable),
        new(11211, "Memcached", PortRisk.Risky),
        new(27017, "MongoDB database", PortRisk.Risky),
    ]);

    private readonly Dictionary<int, KnownPort> _byPort = ports.ToDictionary(p => p.Port);

    public IReadOnlyList<KnownPort> Ports => ports;

    /// <summary>The named entry, or an unnamed notable one.</summary>
    public KnownPort Describe(int port) => _byPort.TryGetValue(port, out var known) ? known : new KnownPort(port, "unknown service", PortRisk.Notable);
}
