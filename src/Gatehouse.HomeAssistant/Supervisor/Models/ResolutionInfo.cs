using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /resolution/info</c> (<c>api/resolution.py</c> <c>info_v1</c>).</summary>
internal sealed record ResolutionInfo : SupervisorData
{
    /// <summary>UnsupportedReason values, e.g. <c>os</c>, <c>privileged</c>.</summary>
    [JsonProperty("unsupported")]
    public IReadOnlyList<string> Unsupported { get; init; } = [];

    /// <summary>UnhealthyReason values, e.g. <c>untrusted</c>, <c>docker</c>.</summary>
    [JsonProperty("unhealthy")]
    public IReadOnlyList<string> Unhealthy { get; init; } = [];

    [JsonProperty("issues")]
    public IReadOnlyList<ResolutionEntry> Issues { get; init; } = [];

    [JsonProperty("suggestions")]
    public IReadOnlyList<ResolutionEntry> Suggestions { get; init; } = [];

    [JsonProperty("checks")]
    public IReadOnlyList<ResolutionCheck> Checks { get; init; } = [];
}
