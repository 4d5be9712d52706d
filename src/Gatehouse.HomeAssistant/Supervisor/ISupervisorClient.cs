using Gatehouse.HomeAssistant.Supervisor.Models;

namespace Gatehouse.HomeAssistant.Supervisor;

/// <summary>
/// The Supervisor's REST API as the add-on sees it. No call throws for a Supervisor problem: each returns a
/// <see cref="SupervisorResult{T}"/> whose outcome separates "not permitted" (the add-on's role) from "failed".
/// Only the caller's own cancellation throws.
/// </summary>
internal interface ISupervisorClient
{
    /// <summary>The MQTT broker registered with the Supervisor (needs <c>services: [mqtt:need]</c>).</summary>
    Task<SupervisorResult<MqttService>> GetMqttServiceAsync(CancellationToken cancellationToken);

    Task<SupervisorResult<CoreInfo>> GetCoreInfoAsync(CancellationToken cancellationToken);

    Task<SupervisorResult<SupervisorInfo>> GetSupervisorInfoAsync(CancellationToken cancellationToken);

    Task<SupervisorResult<OsInfo>> GetOsInfoAsync(CancellationToken cancellationToken);

    Task<SupervisorResult<HostInfo>> GetHostInfoAsync(CancellationToken cancellationToken);

    Task<SupervisorResult<ResolutionInfo>> GetResolutionInfoAsync(CancellationToken cancellationToken);

    /// <summary>One add-on by slug (default role is enough). Throws ArgumentException for a malformed slug.</summary>
    Task<SupervisorResult<AddonInfo>> GetAddonInfoAsync(string slug, CancellationToken cancellationToken);

    /// <summary>The Supervisor's backups (default role is enough: an <c>/…/info</c> path).</summary>
    Task<SupervisorResult<BackupsInfo>> GetBackupsInfoAsync(CancellationToken cancellationToken);

    /// <summary>All installed add-ons. Needs the <c>manager</c> role: with the default role this is NotPermitted.</summary>
    Task<SupervisorResult<AddonList>> GetAddonsAsync(CancellationToken cancellationToken);

    /// <summary>The last <paramref name="lines"/> lines of Core's log as plain text (needs the <c>homeassistant</c> role).</summary>
    Task<SupervisorResult<string>> GetCoreLogsAsync(int lines, CancellationToken cancellationToken);
}
