using Gatehouse.Checks;
using Gatehouse.Logins;
using Gatehouse.Mqtt.Connection;
using Gatehouse.Mqtt.Discovery;
using Gatehouse.Watch;

namespace Gatehouse.Mqtt.States;

/// <summary>
/// Turns login attempts, check reports and the watch's changes into entity updates. It only queues (never waits for the broker), and
/// remembers the newest state of every topic so a reconnect or HA's birth message can announce everything again.
/// The login sensors are read again from the attempt log's figures on each announce.
/// </summary>
internal sealed class EntityStatePublisher(
    EntityCatalog catalog,
    DeviceLink deviceLink,
    DiscoveryDialectSource dialects,
    OutboundQueue queue,
    ILoginFiguresSource figuresSource) : ILoginActivityListener, ICheckReportListener, ISecurityChangeListener
{
    /// <summary>Guards <see cref="_latest"/> and the order of what is queued.</summary>
    private readonly Lock _lock = new();
    private readonly Dictionary<string, OutboundMessage> _latest = new(StringComparer.Ordinal);
    private IReadOnlyList<Finding> _open = [];
    private (WatchChange Change, DateTimeOffset At)? _newest;

    public Task OnAttemptsAsync(IReadOnlyList<LoginAttempt> attempts, LoginFigures figures, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var attempt in attempts)
            {
                queue.Enqueue(LoginStates.Event(attempt));
            }
            Publish(LoginStates.Figures(figures));
        }
        return Task.CompletedTask;
    }

    public Task OnReportAsync(CheckReport report, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Publish(CheckStates.Report(report, catalog.CheckObjectIds));
        }
        return Task.CompletedTask;
    }

    public Task OnChangesAsync(IReadOnlyList<WatchChange> changes, ChangeOrigin origin, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            foreach (var change in changes)
            {
                queue.Enqueue(WatchStates.Event(change, origin, at));
            }
            _newest = changes.Count > 0 ? (changes[^1], at) : _newest;
            Publish(WatchStates.OpenFindings(_open, _newest));
        }
        return Task.CompletedTask;
    }

    public Task OnOpenFindingsAsync(IReadOnlyList<Finding> open, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _open = open;
            Publish(WatchStates.OpenFindings(_open, _newest));
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// Re-reads the login figures and queues the states that changed: "failed logins in the last 24 h" falls as
    /// attempts age out, with no new attempt to announce it.
    /// </summary>
    public void RefreshLoginFigures()
    {
        lock (_lock)
        {
            Publish([.. LoginStates.Figures(figuresSource.Current).Where(m => !_latest.TryGetValue(m.Topic, out var known) || known != m)]);
        }
    }

    /// <summary>
    /// Queues every discovery config the connected HA's release can read, then every known state (configs first: HA
    /// must know an entity before its state), as one block that no other update cuts into. While that release is
    /// unknown, the states only.
    /// </summary>
    public void AnnounceAll()
    {
        lock (_lock)
        {
            if (dialects.Current is { } dialect)
            {
                foreach (var entity in catalog.Entities.Where(e => dialect.Supports(e.Component)))
                {
                    queue.Enqueue(OutboundMessage.State(entity.ConfigTopic, entity.Payload(deviceLink.Url, dialect)));
                }
            }
            Remember(LoginStates.Figures(figuresSource.Current));
            foreach (var state in _latest.Values)
            {
                queue.Enqueue(state);
            }
        }
    }

    /// <summary>Remembers and queues; the caller holds the lock, so what is queued keeps the order it was decided in.</summary>
    private void Publish(IEnumerable<OutboundMessage> messages)
    {
        foreach (var message in messages)
        {
            _latest[message.Topic] = message;
            queue.Enqueue(message);
        }
    }

    private void Remember(IEnumerable<OutboundMessage> messages)
    {
        foreach (var message in messages)
        {
            _latest[message.Topic] = message;
        }
    }
}
