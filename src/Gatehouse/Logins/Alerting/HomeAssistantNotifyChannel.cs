using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Compatibility;
using Gatehouse.Options;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Logins.Alerting;

/// <summary>
/// Sends alerts to the configured <c>notify_services</c>, each resolved at run time (DESIGN.md §3): a legacy
/// notify service is called directly, a notify entity through <c>notify.send_message</c>. Resolution is
/// redone after every reconnect, so a target added in HA later starts working without a restart.
/// </summary>
internal sealed class HomeAssistantNotifyChannel(
    IHomeAssistantClient client,
    GatehouseOptions options,
    PanelPath panel,
    ILogger<HomeAssistantNotifyChannel> logger) : INotifyChannel
{
    /// <summary>
    /// <c>notify.send_message</c> took only <c>message</c> when notify entities arrived (2024.5, core PR #110950);
    /// <c>title</c> came in 2024.6 (PR #116426). Its schema rejects unknown keys, so before 2024.6 the title goes
    /// into the message. Legacy notify services take <c>message</c>, <c>title</c>, <c>target</c> and <c>data</c> on
    /// every supported release (<c>notify/const.py</c> NOTIFY_SERVICE_SCHEMA).
    /// </summary>
    public static readonly HaRelease EntityTitleRelease = new(2024, 6);

    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _resolving = new(1, 1);
    private IReadOnlyList<NotifyTarget>? _targets;

    public bool HasTargets => options.NotifyServices.Count > 0;

    /// <summary>Forgets the resolution, so the next alert looks the targets up again (after a reconnect).</summary>
    public void Invalidate() => _targets = null;

    public async Task<IReadOnlyList<NotifyTarget>> ResolveAsync(CancellationToken cancellationToken)
    {
        await _resolving.WaitAsync(cancellationToken);
        try
        {
            if (_targets is { } resolved)
            {
                return resolved;
            }
            // Resolved on each connection's start, or by an alert of the login pipeline: neither holds up a reader of events.
            var services = await client.SendAsync(new GetServicesCommand { AnswerMayWaitBehindEvents = true }, cancellationToken, CallTimeout);
            var legacy = (services["notify"] as JObject)?.Properties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal) ?? [];
            var needEntities = options.NotifyServices.Any(t => !legacy.Contains(t["notify.".Length..]));
            var entities = needEntities
                ? (await client.SendAsync(new GetStatesCommand { AnswerMayWaitBehindEvents = true }, cancellationToken, CallTimeout)).Select(s => s.EntityId).ToHashSet(StringComparer.Ordinal)
                : [];
            var targets = options.NotifyServices.Select(configured =>
            {
                var name = configured["notify.".Length..];
                var kind = legacy.Contains(name) && name != "send_message" ? NotifyTargetKind.LegacyService
                    : entities.Contains(configured) ? NotifyTargetKind.Entity
                    : NotifyTargetKind.Unknown;
                return new NotifyTarget(configured, kind);
            }).ToList();
            foreach (var unknown in targets.Where(t => t.Kind == NotifyTargetKind.Unknown))
            {
                Log.UnknownTarget(logger, unknown.Configured);
            }
            return _targets = targets;
        }
        finally
        {
            _resolving.Release();
        }
    }

    public async Task<bool> SendAsync(AlertMessage message, bool callerReadsOn, CancellationToken cancellationToken)
    {
        IReadOnlyList<NotifyTarget> targets;
        try
        {
            targets = await ResolveAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.TargetFailed(logger, string.Join(", ", options.NotifyServices), exception.Message);
            return false;
        }
        var delivered = false;
        var panelPath = targets.Any(CompanionData.IsFor) ? await panel.GetAsync(cancellationToken) : null;
        foreach (var target in targets.Where(t => t.Kind != NotifyTargetKind.Unknown))
        {
            try
            {
                var call = Call(target, message, client.Release, panelPath) with { AnswerMayWaitBehindEvents = callerReadsOn };
                await client.SendAsync(call, cancellationToken, CallTimeout);
                delivered = true;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Log.TargetFailed(logger, target.Configured, exception.Message);
            }
        }
        if (!delivered && targets.Any(t => t.Kind == NotifyTargetKind.Unknown))
        {
            Invalidate(); // maybe the target exists by the next try
        }
        return delivered;
    }

    /// <summary>
    /// The call for <paramref name="target"/> in the dialect of <paramref name="release"/> (null: unknown, assume
    /// current). A companion app's target also gets <see cref="CompanionData"/>; other legacy services only the
    /// message and title every notify platform takes; a notify entity takes no data at all.
    /// </summary>
    public static CallServiceCommand Call(NotifyTarget target, AlertMessage message, HaRelease? release, string? panelPath = null)
    {
        if (target.Kind == NotifyTargetKind.LegacyService)
        {
            var serviceData = new JObject { ["message"] = message.Message, ["title"] = message.Title };
            if (CompanionData.IsFor(target))
            {
                serviceData["data"] = CompanionData.For(message, panelPath);
            }
            return new CallServiceCommand("notify", target.Name) { ServiceData = serviceData };
        }
        var data = release < EntityTitleRelease
            ? new JObject { ["message"] = $"{message.Title}: {message.Message}" }
            : new JObject { ["message"] = message.Message, ["title"] = message.Title };
        return new CallServiceCommand("notify", "send_message") { ServiceData = data, Target = ServiceTarget.Entity(target.Configured) };
    }
}
