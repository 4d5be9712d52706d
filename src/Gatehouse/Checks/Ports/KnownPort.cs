namespace Gatehouse.Checks.Ports;

/// <summary>A port the checks know by name, and why it matters when open.</summary>
internal sealed record KnownPort(int Port, string Service, PortRisk Risk)
{
    public override string ToString() => $"{Port} ({Service})";
}
