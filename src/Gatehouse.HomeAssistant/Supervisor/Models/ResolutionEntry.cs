using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>One issue or suggestion of <c>/resolution/info</c>: a type, the context it applies to and its reference.</summary>
internal sealed record ResolutionEntry : SupervisorData
{
    [JsonProperty("uuid")]
    public string? Uuid { get; init; }

    /// <summary>For issues e.g. <c>pwned</c>, <c>security</c>, <c>free_space</c>; for suggestions e.g. <c>execute_update</c>.</summary>
    [JsonProperty("type")]
    public string Type { get; init; } = "";

    /// <summary><c>addon</c>, <c>core</c>, <c>os</c>, <c>supervisor</c>, <c>system</c>, …</summary>
    [JsonProperty("context")]
    public string? Context { get; init; }

    /// <summary>What the entry is about, e.g. an add-on slug; null for system-wide entries.</summary>
    [JsonProperty("reference")]
    public string? Reference { get; init; }
}
