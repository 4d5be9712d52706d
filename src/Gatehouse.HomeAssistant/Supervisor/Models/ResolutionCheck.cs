using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>One of the Supervisor's own checks and whether it is enabled (<c>addon_pwned</c>, <c>free_space</c>, …).</summary>
internal sealed record ResolutionCheck : SupervisorData
{
    [JsonProperty("slug")]
    public string Slug { get; init; } = "";

    [JsonProperty("enabled")]
    public bool Enabled { get; init; }
}
