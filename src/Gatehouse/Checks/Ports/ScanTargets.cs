using Gatehouse.Options;

namespace Gatehouse.Checks.Ports;

/// <summary>
/// Which hosts open_ports probes: the owner's <c>scan_hosts</c>, else the HA host as Gatehouse sees it (in the
/// add-on the name <c>homeassistant</c>, which Docker's DNS resolves to Core on the host's network; standalone the
/// host of HA_URL). Nothing else is ever probed.
/// </summary>
internal static class ScanTargets
{
    /// <summary>The Core container's name on the add-on network (Supervisor's DNS); Core runs on the host's network.</summary>
    public const string AddonHomeAssistantHost = "homeassistant";

    public static string? HomeAssistantHost(GatehouseEnvironment environment) => environment switch
    {
        { HomeAssistant: { ViaSupervisor: false } standalone } => standalone.WebSocketUri.Host,
        { IsAddon: true } => AddonHomeAssistantHost,
        _ => null,
    };

    public static IReadOnlyList<string> Hosts(GatehouseOptions options, GatehouseEnvironment environment) =>
        options.ScanHosts.Count > 0 ? options.ScanHosts : HomeAssistantHost(environment) is { } host ? [host] : [];
}
