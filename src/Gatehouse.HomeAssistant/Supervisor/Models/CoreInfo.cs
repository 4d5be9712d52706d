using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /core/info</c> (Supervisor <c>api/homeassistant.py</c> <c>info</c>).</summary>
internal sealed record CoreInfo : SupervisorData
{
    [JsonProperty("version")]
    public string? Version { get; init; }

    [JsonProperty("version_latest")]
    public string? VersionLatest { get; init; }

    [JsonProperty("update_available")]
    public bool UpdateAvailable { get; init; }

    [JsonProperty("machine")]
    public string? Machine { get; init; }

    [JsonProperty("ip_address")]
    public string? IpAddress { get; init; }

    [JsonProperty("arch")]
    public string? Arch { get; init; }

    [JsonProperty("port")]
    public int? Port { get; init; }

    [JsonProperty("ssl")]
    public bool Ssl { get; init; }

    [JsonProperty("watchdog")]
    public bool Watchdog { get; init; }
}
