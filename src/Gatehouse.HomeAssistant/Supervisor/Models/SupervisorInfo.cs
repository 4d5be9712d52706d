using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /supervisor/info</c> (v1 <c>info_v1</c>), including the deprecated but still sent add-on list.</summary>
internal sealed record SupervisorInfo : VersionedSupervisorData
{
    [JsonProperty("channel")]
    public string? Channel { get; init; }

    [JsonProperty("arch")]
    public string? Arch { get; init; }

    [JsonProperty("supported")]
    public bool? Supported { get; init; }

    [JsonProperty("healthy")]
    public bool? Healthy { get; init; }

    [JsonProperty("auto_update")]
    public bool? AutoUpdate { get; init; }

    /// <summary>Empty when a later Supervisor stops sending the deprecated field: read <c>/addons/&lt;slug&gt;/info</c> then.</summary>
    [JsonProperty("addons")]
    public IReadOnlyList<InstalledAddon> Addons { get; init; } = [];
}
