using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// One installed add-on, as listed by <c>/addons</c> (manager role) and by the deprecated <c>addons</c> field of
/// <c>/supervisor/info</c> (default role): the fields both carry.
/// </summary>
internal sealed record InstalledAddon : VersionedSupervisorData
{
    [JsonProperty("name")]
    public string? Name { get; init; }

    [JsonProperty("slug")]
    public string Slug { get; init; } = "";

    /// <summary><c>started</c>, <c>stopped</c>, <c>unknown</c>, <c>error</c>, …</summary>
    [JsonProperty("state")]
    public string? State { get; init; }

    [JsonProperty("repository")]
    public string? Repository { get; init; }
}
