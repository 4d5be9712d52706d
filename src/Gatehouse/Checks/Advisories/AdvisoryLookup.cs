using Gatehouse.Checks.Live;
using Gatehouse.HaConfig;
using Gatehouse.Options;

namespace Gatehouse.Checks.Advisories;

/// <summary>
/// One run's advisory lookup, only when the owner opted in (<c>advisories_check</c>): the installed versions (the
/// Supervisor's, else the live HA's, else the config folder's .HA_VERSION), then the day-old cache or the databases.
/// Advisories of every answer are merged by their ids, so GitHub's and OSV's copies count once.
/// </summary>
internal sealed class AdvisoryLookup
{
    private readonly LiveSupervisor _supervisor;
    private readonly ILiveHomeAssistant _homeAssistant;
    private readonly HaConfigSnapshot _config;
    private readonly AdvisoryDatabases _databases;
    private readonly AdvisoryCache _cache;
    private readonly TimeProvider _time;
    private readonly Lazy<Task<LiveRead<AdvisoryReport>>> _report;

    public AdvisoryLookup(GatehouseOptions options, LiveSupervisor supervisor, ILiveHomeAssistant homeAssistant, HaConfigSnapshot config,
        AdvisoryDatabases databases, AdvisoryCache cache, TimeProvider time)
    {
        Enabled = options.AdvisoriesCheck;
        (_supervisor, _homeAssistant, _config, _databases, _cache, _time) = (supervisor, homeAssistant, config, databases, cache, time);
        _report = new(LookUpAsync);
    }

    /// <summary>The owner's opt-in; when false nothing is sent anywhere.</summary>
    public bool Enabled { get; }

    public Task<LiveRead<AdvisoryReport>> ReportAsync() => Enabled
        ? _report.Value
        : Task.FromResult(LiveRead<AdvisoryReport>.Failed("advisories_check is off", "Turn on advisories_check in the add-on's options to include it."));

    private async Task<LiveRead<AdvisoryReport>> LookUpAsync()
    {
        var installed = await InstalledAsync();
        if (installed.Count == 0)
        {
            return LiveRead<AdvisoryReport>.Failed("no installed version could be read (no Supervisor, no live Home Assistant, no .HA_VERSION in the config folder)",
                "Run Gatehouse as an add-on, or pass --ha-url and --token, or --config-dir.");
        }
        var now = _time.GetUtcNow();
        if (_cache.Read(installed, now) is { } cached)
        {
            return LiveRead<AdvisoryReport>.Read(cached);
        }
        var lookups = new List<Task<AdvisoryAnswer>>();
        if (installed.FirstOrDefault(c => c.Name == InstalledComponent.Core) is { } core)
        {
            lookups.Add(_databases.GitHubGlobalAsync(core));
            lookups.Add(_databases.OsvAsync(core));
        }
        lookups.AddRange(InstalledComponent.Repositories.Select(r => _databases.GitHubRepositoryAsync(r.Repository, r.Component, installed)));
        var answers = await Task.WhenAll(lookups);
        var report = new AdvisoryReport(installed, Merge(answers.SelectMany(a => a.Advisories ?? [])), [.. answers.Select(a => a.Problem).OfType<string>()], now);
        if (report.Problems.Count == 0)
        {
            _cache.Write(report);
        }
        return LiveRead<AdvisoryReport>.Read(report);
    }

    private async Task<IReadOnlyList<InstalledComponent>> InstalledAsync()
    {
        var core = (await _supervisor.CoreAsync()).Value?.Version
            ?? (await _homeAssistant.ConfigAsync()).Value?.Version
            ?? (_config.Folder.Exists ? _config.CoreVersion : null);
        var found = new List<InstalledComponent>();
        if (core is not null)
        {
            found.Add(new(InstalledComponent.Core, core));
        }
        if ((await _supervisor.SupervisorAsync()).Value?.Version is { } supervisor)
        {
            found.Add(new(InstalledComponent.Supervisor, supervisor));
        }
        if ((await _supervisor.OsAsync()).Value?.Version is { } os)
        {
            found.Add(new(InstalledComponent.OperatingSystem, os));
        }
        return [.. found.Where(c => ReleaseVersion.Parse(c.Version) is not null)];
    }

    /// <summary>One advisory per id: the first seen keeps its text, the worst severity and a known fixed version win.</summary>
    private static List<Advisory> Merge(IEnumerable<Advisory> advisories)
    {
        var merged = new List<Advisory>();
        foreach (var advisory in advisories)
        {
            var index = merged.FindIndex(m => m.Component == advisory.Component && m.Ids.Intersect(advisory.Ids).Any());
            if (index < 0)
            {
                merged.Add(advisory);
                continue;
            }
            var kept = merged[index];
            merged[index] = kept with
            {
                Aliases = [.. kept.Aliases.Union(advisory.Ids).Where(id => id != kept.Id)],
                Severity = (AdvisorySeverity)Math.Max((int)kept.Severity, (int)advisory.Severity),
                FixedIn = kept.FixedIn ?? advisory.FixedIn,
            };
        }
        return merged;
    }
}
