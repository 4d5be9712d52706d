using Gatehouse.HomeAssistant.Json;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// A Supervisor answer about something that updates (Core, OS, the Supervisor, an add-on): every one of them
/// reports the installed and latest version the same way.
/// </summary>
internal abstract record VersionedSupervisorData : SupervisorData
{
    protected VersionedSupervisorData()
    {
    }

    protected VersionedSupervisorData(ObjectFields json)
        : base(json)
    {
        Version = json.Text("version");
        VersionLatest = json.Text("version_latest");
        UpdateAvailable = json.Bool("update_available") ?? false;
    }

    public string? Version { get; init; }

    public string? VersionLatest { get; init; }

    public bool UpdateAvailable { get; init; }

    /// <summary>An update is offered and both versions are known (off HA OS, the OS versions are null).</summary>
    public bool HasPendingUpdate => UpdateAvailable && Version is not null && VersionLatest is not null && Version != VersionLatest;
}
