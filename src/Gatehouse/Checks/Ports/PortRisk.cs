namespace Gatehouse.Checks.Ports;

/// <summary>How bad an unexpected open port is.</summary>
internal enum PortRisk
{
    /// <summary>A service that should not be reachable unless the owner says so (SSH, web servers…): warn.</summary>
    Notable,

    /// <summary>A service attackers look for first (telnet, SMB, databases, MQTT without TLS…): fail.</summary>
    Risky,
}
