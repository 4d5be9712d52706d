using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /os/info</c> (<c>api/os.py</c>); the values are null when the host does not run HA OS.</summary>
internal sealed record OsInfo : VersionedSupervisorData
{
    [JsonProperty("board")]
    public string? Board { get; init; }

    [JsonProperty("boot")]
    public string? Boot { get; init; }
}
