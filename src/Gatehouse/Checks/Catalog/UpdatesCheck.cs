using System.Globalization;
using Gatehouse.Checks.Live;
using Gatehouse.Checks.Updates;
using Gatehouse.HomeAssistant.Compatibility;
using Gatehouse.Options;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// updates: what has a newer version out, from HA's <c>update.*</c> entities and (in the add-on) the Supervisor's
/// Core, OS, Supervisor and add-on versions. Fail when Core or the OS misses a release out for more than
/// <see cref="OverdueAfter"/> (security fixes ship in them); warn for any other pending update. Without a Supervisor
/// (HA Container or Core) nothing offers Core's update as an entity: then Core's own version is held against the
/// monthly release calendar, and without that version the check is unavailable, never a pass.
/// </summary>
internal sealed class UpdatesCheck(ILiveHomeAssistant homeAssistant, LiveSupervisor supervisor, GatehouseEnvironment environment, TimeProvider time) : ISecurityCheck
{
    public const string CheckId = "updates";
    public static readonly TimeSpan OverdueAfter = TimeSpan.FromDays(30);

    private const string Install = "Settings > System > Updates: take a backup, then install them, Home Assistant Core and the Operating System first. Turning on automatic updates for add-ons keeps them current.";

    public string Id => CheckId;

    public string Title => "Pending updates";

    public IReadOnlyList<CheckSource> Sources { get; } = [CheckSource.HomeAssistant];

    public async Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        var states = await homeAssistant.StatesAsync();
        if (states.Value is null)
        {
            return states.Unavailable(this);
        }
        var fromEntities = UpdateEntities.Pending(states.Value).ToList();
        var pending = fromEntities;
        if (environment.Supervisor is not null)
        {
            var (fromSupervisor, unavailable) = await FromSupervisorAsync();
            if (unavailable is not null)
            {
                return unavailable;
            }
            pending = Merge(fromSupervisor!, fromEntities);
        }
        else if (!UpdateEntities.CoversCore(states.Value))
        {
            var (core, unknown) = await CoreByCalendarAsync();
            if (unknown is not null)
            {
                return unknown;
            }
            if (core is not null)
            {
                pending.Add(core);
            }
        }
        if (pending.Count == 0)
        {
            return this.Pass("Everything is up to date.");
        }
        var now = time.GetUtcNow();
        var dated = pending.Select(p => p with { Since = Earliest(p) }).ToList();
        var overdue = dated.Where(p => p.Kind is UpdateKind.Core or UpdateKind.OperatingSystem && p.Since < now - OverdueAfter).ToList();
        var details = dated.OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal).Select(Describe);
        // One finding per thing to update, whatever its version: a newer release of the same thing is the same job.
        var findings = dated.Select(p => this.Finding("update", p.Name, overdue.Contains(p) ? CheckStatus.Fail : CheckStatus.Warn, $"{Describe(p)} is waiting to be installed", Install));
        if (overdue.Count > 0)
        {
            var names = string.Join(" and ", overdue.Select(o => o.Name));
            return this.Fail($"{names} {(overdue.Count == 1 ? "is" : "are")} behind by a release out for more than {OverdueAfter.TotalDays:0} days: it carries fixes, security ones included.", details, Install).WithFindings(findings);
        }
        return this.Warn($"{pending.Count} update{(pending.Count == 1 ? " is" : "s are")} waiting to be installed.", details, Install).WithFindings(findings);
    }

    private async Task<(List<PendingUpdate>? Pending, CheckResult? Unavailable)> FromSupervisorAsync()
    {
        var core = await supervisor.CoreAsync();
        var os = await supervisor.OsAsync();
        var info = await supervisor.SupervisorAsync();
        var addons = await supervisor.AddonsAsync();
        if (core.Value is null || os.Value is null || info.Value is null || addons.Value is null)
        {
            var failed = new[] { core.Problem, os.Problem, info.Problem, addons.Problem }.First(p => p is not null)!;
            var remedy = new[] { (core.Problem, core.Remediation), (os.Problem, os.Remediation), (info.Problem, info.Remediation), (addons.Problem, addons.Remediation) }
                .First(p => p.Problem is not null).Remediation;
            return (null, this.Unavailable(failed, remedy));
        }
        return (SupervisorUpdates.Pending(core.Value, os.Value, info.Value, addons.Value).ToList(), null);
    }

    /// <summary>Core's own version against the calendar: a pending update when a newer monthly release is out, else null.</summary>
    private async Task<(PendingUpdate? Core, CheckResult? Unavailable)> CoreByCalendarAsync()
    {
        var config = await homeAssistant.ConfigAsync();
        if (config.Value is null)
        {
            return (null, config.Unavailable(this));
        }
        if (config.Value.Version is not { } version || HaRelease.Parse(version) is not { } installed)
        {
            return (null, this.Unavailable(
                "No update entity covers Home Assistant Core and Home Assistant did not give a release number, so whether Core is current cannot be told.",
                "Check Settings > About for your version and compare it with the newest release on home-assistant.io."));
        }
        var newest = CoreReleaseCalendar.NewestOn(time.GetUtcNow());
        return newest > installed
            ? (new PendingUpdate(UpdateEntities.CoreTitle, UpdateKind.Core, version, $"{newest} or later", CoreReleaseCalendar.NextReleaseDay(installed)), null)
            : (null, null);
    }

    /// <summary>The Supervisor's versions, dated by the matching entity (same title); then the entities it does not cover.</summary>
    private static List<PendingUpdate> Merge(List<PendingUpdate> fromSupervisor, List<PendingUpdate> fromEntities)
    {
        var byTitle = fromEntities.GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var merged = fromSupervisor.Select(s => byTitle.TryGetValue(s.Name, out var entity) ? s with { Since = entity.Since } : s).ToList();
        var covered = fromSupervisor.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        merged.AddRange(fromEntities.Where(e => !covered.Contains(e.Name)));
        return merged;
    }

    /// <summary>Core's version dates its first missed release; otherwise the entity's last change is the best lower bound.</summary>
    private static DateTimeOffset? Earliest(PendingUpdate update)
    {
        var released = update.Kind == UpdateKind.Core ? CoreReleaseCalendar.FirstMissedRelease(update.Installed, update.Latest) : null;
        return (released, update.Since) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            (var a, var b) => a ?? b,
        };
    }

    private static string Describe(PendingUpdate update) => update.Since is { } since
        ? $"{update} (waiting since {since.ToString("d MMM yyyy", CultureInfo.InvariantCulture)})"
        : update.ToString();
}
