using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.HomeAssistant.Supervisor.Models;

namespace Gatehouse.Checks.Live;

/// <summary>
/// One check run's view of the Supervisor: each endpoint asked once on first use and shared by the run's checks.
/// Any outcome but Ok (not permitted, not ready, failed, no Supervisor) reads as a problem with what to do.
/// </summary>
internal sealed class LiveSupervisor
{
    private readonly ISupervisorClient _client;
    private readonly Lazy<Task<LiveRead<CoreInfo>>> _core;
    private readonly Lazy<Task<LiveRead<OsInfo>>> _os;
    private readonly Lazy<Task<LiveRead<SupervisorInfo>>> _supervisor;
    private readonly Lazy<Task<LiveRead<ResolutionInfo>>> _resolution;
    private readonly Lazy<Task<LiveRead<IReadOnlyList<InstalledAddon>>>> _addons;
    private readonly Lazy<Task<LiveRead<IReadOnlyList<AddonInfo>>>> _addonDetails;
    private readonly Lazy<Task<LiveRead<BackupsInfo>>> _backups;

    /// <summary>A home has a few dozen add-ons; past this many, the rest are not asked about (and the check says so).</summary>
    public const int MaxAddonDetails = 100;

    /// <param name="client">Always there: outside the add-on it answers NotConfigured, which reads as no Supervisor.</param>
    public LiveSupervisor(ISupervisorClient client)
    {
        _client = client;
        // The run's cancellation is not passed: reads are shared; each call has the client's own timeout.
        _core = new(() => ReadAsync(c => c.GetCoreInfoAsync(CancellationToken.None)));
        _os = new(() => ReadAsync(c => c.GetOsInfoAsync(CancellationToken.None)));
        _supervisor = new(() => ReadAsync(c => c.GetSupervisorInfoAsync(CancellationToken.None)));
        _resolution = new(() => ReadAsync(c => c.GetResolutionInfoAsync(CancellationToken.None)));
        _addons = new(ReadAddonsAsync);
        _addonDetails = new(ReadAddonDetailsAsync);
        _backups = new(() => ReadAsync(c => c.GetBackupsInfoAsync(CancellationToken.None)));
    }

    public Task<LiveRead<CoreInfo>> CoreAsync() => _core.Value;

    public Task<LiveRead<OsInfo>> OsAsync() => _os.Value;

    public Task<LiveRead<SupervisorInfo>> SupervisorAsync() => _supervisor.Value;

    public Task<LiveRead<ResolutionInfo>> ResolutionAsync() => _resolution.Value;

    public Task<LiveRead<BackupsInfo>> BackupsAsync() => _backups.Value;

    /// <summary>
    /// The installed add-ons: <c>/addons</c> when the role allows it (manager), else the deprecated <c>addons</c>
    /// field of <c>/supervisor/info</c>, which the default role may read (DESIGN.md §6).
    /// </summary>
    public Task<LiveRead<IReadOnlyList<InstalledAddon>>> AddonsAsync() => _addons.Value;

    /// <summary>
    /// Each installed add-on's <c>/addons/&lt;slug&gt;/info</c> (open to the default role: <c>/.+/info</c> in the
    /// Supervisor's security middleware), at most <see cref="MaxAddonDetails"/>. One that cannot be read makes the whole
    /// read a problem naming it: a check must not pass an add-on it could not see.
    /// </summary>
    public Task<LiveRead<IReadOnlyList<AddonInfo>>> AddonDetailsAsync() => _addonDetails.Value;

    private async Task<LiveRead<IReadOnlyList<AddonInfo>>> ReadAddonDetailsAsync()
    {
        var installed = await AddonsAsync();
        if (installed.Value is not { } addons)
        {
            return LiveRead<IReadOnlyList<AddonInfo>>.Failed(installed.Problem!, installed.Remediation);
        }
        var details = new List<AddonInfo>();
        foreach (var addon in addons.Where(a => SupervisorClient.IsSlug(a.Slug)).Take(MaxAddonDetails))
        {
            var info = await ReadAsync(c => c.GetAddonInfoAsync(addon.Slug, CancellationToken.None));
            if (info.Value is null)
            {
                return LiveRead<IReadOnlyList<AddonInfo>>.Failed($"the {addon.Name ?? addon.Slug} add-on's details could not be read ({info.Problem})", info.Remediation);
            }
            details.Add(info.Value);
        }
        return LiveRead<IReadOnlyList<AddonInfo>>.Read(details);
    }

    private async Task<LiveRead<IReadOnlyList<InstalledAddon>>> ReadAddonsAsync()
    {
        var listed = await ReadAsync(c => c.GetAddonsAsync(CancellationToken.None));
        if (listed.Value is { } list)
        {
            return LiveRead<IReadOnlyList<InstalledAddon>>.Read(list.Addons);
        }
        var info = await SupervisorAsync();
        return info.Value is { } supervisor
            ? LiveRead<IReadOnlyList<InstalledAddon>>.Read(supervisor.Addons)
            : LiveRead<IReadOnlyList<InstalledAddon>>.Failed(info.Problem!, info.Remediation);
    }

    private async Task<LiveRead<T>> ReadAsync<T>(Func<ISupervisorClient, Task<SupervisorResult<T>>> call)
        where T : class
    {
        var result = await call(_client);
        return result.IsOk ? LiveRead<T>.Read(result.Data!) : LiveRead<T>.Failed(result.Message ?? result.Outcome.ToString(), Remediation(result.Outcome));
    }

    private static string Remediation(SupervisorOutcome outcome) => outcome switch
    {
        SupervisorOutcome.NotPermitted => "Reinstall or update the Gatehouse add-on so it has its declared Supervisor access (hassio_api), then restart it.",
        SupervisorOutcome.NotReady => "The Supervisor is still starting or updating; the checks run again on their schedule, or press 'Run security checks' in a few minutes.",
        SupervisorOutcome.NotConfigured => "This applies to Home Assistant OS and Supervised installs, where Gatehouse runs as an add-on.",
        _ => "Check Settings > System > Logs (Supervisor) for problems, then run the checks again.",
    };
}
