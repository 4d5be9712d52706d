using System.Threading.Channels;
using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Messages;
using Gatehouse.Logins.Notices;
using Gatehouse.Logins.Pipeline;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins.Watching;

/// <summary>
/// Turns HA's notices into pipeline input (DESIGN.md §4.1). HA ≥ 2023.6: <c>persistent_notification/subscribe</c>,
/// whose <c>current</c> event (at start and after every reconnect) is the backlog and whose <c>added</c> and
/// <c>updated</c> events are new attempts. Older HA lacks the command (refused before sending when the handshake
/// names an older release, else answered <c>unknown_command</c>): then the notices are the
/// entities <c>persistent_notification.http_login</c> and <c>.ip_ban</c>, read at every connection and followed
/// through <c>state_changed</c>, until a connection shows that HA was upgraded to a release with the subscription.
/// It reads HA's events only as fast as the pipeline takes them (<see cref="LoginPipeline.ShowAsync"/>).
/// </summary>
internal sealed class NoticeWatcher(IHomeAssistantClient client, LoginPipeline pipeline, TimeProvider time, ILogger<NoticeWatcher> logger)
{
    /// <summary>
    /// Before subscribing again after the link broke: short, since the subscribe call itself waits for the client's
    /// next connection (which comes with the client's own backoff).
    /// </summary>
    public static readonly TimeSpan LinkRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>Before subscribing again after HA refused: it will not change its mind quickly.</summary>
    public static readonly TimeSpan RefusedRetryDelay = TimeSpan.FromSeconds(30);

    private static readonly string[] LegacyEntities = [LoginNotice.LegacyLoginEntity, LoginNotice.LegacyBanEntity];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await WatchNotificationsAsync(cancellationToken);
            }
            catch (HomeAssistantCommandException exception) when (exception.IsUnsupported)
            {
                await WatchLegacyEntitiesAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is TimeoutException or HomeAssistantConnectionException or HomeAssistantCommandException)
            {
                Log.SubscribeFailed(logger, exception.Message);
                var delay = exception is HomeAssistantCommandException ? RefusedRetryDelay : LinkRetryDelay;
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Anything else (a notice HA shaped unexpectedly): say so and watch again, never end the watch.
                Log.SubscribeFailed(logger, exception.Message);
                await Task.Delay(RefusedRetryDelay, time, cancellationToken);
            }
        }
    }

    private async Task WatchNotificationsAsync(CancellationToken cancellationToken)
    {
        await using var subscription = await client.SubscribeAsync(new SubscribePersistentNotificationsCommand(), cancellationToken);
        Log.WatchingNotifications(logger);
        await foreach (var update in subscription.Events.ReadAllAsync(cancellationToken))
        {
            var notices = update.Notifications.Values.Select(ToNotice).OfType<LoginNotice>().ToList();
            if (update.IsCurrent)
            {
                await RemoveAbsentAsync(notices, cancellationToken);
                await pipeline.ShowAsync(new PipelineInput.NoticesShown(notices), cancellationToken);
            }
            else if (update.IsAddedOrUpdated)
            {
                await pipeline.ShowAsync(new PipelineInput.NoticesShown(notices), cancellationToken);
            }
            else
            {
                foreach (var notice in notices)
                {
                    await pipeline.ShowAsync(new PipelineInput.NoticeRemoved(notice.NotificationId, notice.Key), cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// Follows the legacy entities until <paramref name="cancellationToken"/> or until HA turns out to be upgraded.
    /// The entities read at a connection and the changes around that reading reach the pipeline in HA's order: this
    /// loop and the re-read take turns, so a reading that predates a change is never posted after it (it would
    /// forget a notice HA shows, whose notice then stays after its alert went out).
    /// </summary>
    private async Task WatchLegacyEntitiesAsync(CancellationToken cancellationToken)
    {
        await using var subscription = await client.SubscribeAsync(new SubscribeEventsCommand(HassEventTypes.StateChanged), cancellationToken);
        Log.WatchingLegacyEntities(logger);
        using var legacy = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var turn = new SemaphoreSlim(1, 1);
        var backlog = RereadLegacyBacklogAsync(subscription.Events, turn, legacy);
        try
        {
            while (await subscription.Events.WaitToReadAsync(legacy.Token))
            {
                await turn.WaitAsync(legacy.Token);
                try
                {
                    await PostChangesAsync(subscription.Events, legacy.Token);
                }
                finally
                {
                    turn.Release();
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HA was upgraded: the caller subscribes to the notices instead.
        }
        finally
        {
            await legacy.CancelAsync();
            await backlog.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Posts every change to the legacy entities that is waiting, in order.</summary>
    private async Task PostChangesAsync(ChannelReader<HassEvent> changes, CancellationToken cancellationToken)
    {
        while (changes.TryRead(out var changed))
        {
            if (changed.AsStateChanged() is not { } data || !LegacyEntities.Contains(data.EntityId))
            {
                continue;
            }
            if (data.NewState is { } state && ToNotice(state) is { } notice)
            {
                await pipeline.ShowAsync(new PipelineInput.NoticesShown([notice]), cancellationToken);
            }
            else
            {
                var removed = data.OldState is { } old ? ToNotice(old) : null;
                await pipeline.ShowAsync(new PipelineInput.NoticeRemoved(data.EntityId == LoginNotice.LegacyBanEntity ? LoginNotice.BanId : LoginNotice.LoginId, removed?.Key), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Legacy HA has no backlog event: read the two entities at every connection instead. A connection to a release
    /// that has the subscription (HA was upgraded while Gatehouse ran) ends the legacy watch through <paramref name="legacy"/>.
    /// Holding <paramref name="turn"/>, it first posts the changes already received (they are older than the reading),
    /// and the changes that arrive while <c>get_states</c> is out wait until the reading is posted.
    /// </summary>
    private async Task RereadLegacyBacklogAsync(ChannelReader<HassEvent> changes, SemaphoreSlim turn, CancellationTokenSource legacy)
    {
        var cancellationToken = legacy.Token;
        await foreach (var connected in client.WatchConnectionsAsync(cancellationToken))
        {
            if (connected.Release >= SubscribePersistentNotificationsCommand.FirstRelease)
            {
                Log.HomeAssistantUpgraded(logger, connected.HaVersion);
                await legacy.CancelAsync();
                return;
            }
            await turn.WaitAsync(cancellationToken);
            try
            {
                await PostChangesAsync(changes, cancellationToken);
                var states = await client.SendAsync(new GetStatesCommand(), cancellationToken);
                var notices = states.Where(s => LegacyEntities.Contains(s.EntityId)).Select(ToNotice).OfType<LoginNotice>().ToList();
                await RemoveAbsentAsync(notices, cancellationToken);
                await pipeline.ShowAsync(new PipelineInput.NoticesShown(notices), cancellationToken);
            }
            catch (Exception exception) when (exception is TimeoutException or HomeAssistantConnectionException or HomeAssistantCommandException)
            {
                Log.SubscribeFailed(logger, exception.Message);
            }
            finally
            {
                turn.Release();
            }
        }
    }

    private async Task RemoveAbsentAsync(IReadOnlyList<LoginNotice> present, CancellationToken cancellationToken)
    {
        foreach (var id in new[] { LoginNotice.LoginId, LoginNotice.BanId }.Where(id => present.All(n => n.NotificationId != id)))
        {
            await pipeline.ShowAsync(new PipelineInput.NoticeRemoved(id, Key: null), cancellationToken);
        }
    }

    private static LoginNotice? ToNotice(PersistentNotification notification) =>
        notification.NotificationId is LoginNotice.LoginId or LoginNotice.BanId && notification.CreatedAt is { } createdAt
            ? new LoginNotice(notification.NotificationId, notification.Title, notification.Message, createdAt)
            : null;

    // last_updated, not last_changed: re-creating the shown notice with another message changes its attributes but
    // not its state ("notifying"), so HA moves last_updated only (reference/samples/ha-2022.12-notices-and-calls.json).
    private static LoginNotice? ToNotice(HassState state) =>
        state.LastUpdated is { } updated && state.Attribute("message") is { } message
            ? new LoginNotice(state.EntityId, state.Attribute("title"), message, updated)
            : null;
}
