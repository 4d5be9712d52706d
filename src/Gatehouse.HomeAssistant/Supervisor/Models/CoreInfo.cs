using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /core/info</c> (Supervisor <c>api/homeassistant.py</c> <c>info</c>).</summary>
internal sealed record CoreInfo : VersionedSupervisorData
{
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
