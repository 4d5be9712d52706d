using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// A Supervisor answer about something that updates (Core, OS, the Supervisor, an add-on): every one of them
/// reports the installed and latest version the same way.
/// </summary>
internal abstract record VersionedSupervisorData : SupervisorData
{
    [JsonProperty("version")]
    public string? Version { get; init; }

    [JsonProperty("version_latest")]
    public string? VersionLatest { get; init; }

    [JsonProperty("update_available")]
    public bool UpdateAvailable { get; init; }

    /// <summary>An update is offered and both versions are known (off HA OS, the OS versions are null).</summary>
    public bool HasPendingUpdate => UpdateAvailable && Version is not null && VersionLatest is not null && Version != VersionLatest;
}
