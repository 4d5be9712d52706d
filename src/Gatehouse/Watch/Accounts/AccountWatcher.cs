using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Messages;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Watch.Accounts;

/// <summary>
/// Follows HA's account events (<c>user_added</c>, <c>user_updated</c>, <c>user_removed</c>) and alerts at once when
/// one made the home less safe (<see cref="AccountChanges"/>), naming who. Each event, and each new connection (to
/// catch what changed while HA was away), re-reads the users and compares them with the last read; the first read
/// is the baseline. HA refusing the subscription (a token that is not an administrator's) is said once in the log,
/// with the fix, and the check runs' admins findings remain the only watch on accounts.
/// </summary>
internal sealed class AccountWatcher(
    IHomeAssistantClient client,
    AccountSource source,
    WatchNotifier notifier,
    AnnouncedChanges announced,
    IEnumerable<ISecurityChangeListener> listeners,
    TimeProvider time,
    ILogger<AccountWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    private static readonly string[] EventTypes = [HassEventTypes.UserAdded, HassEventTypes.UserUpdated, HassEventTypes.UserRemoved];

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private IReadOnlyList<Account>? _known;

    public override void Dispose()
    {
        _oneAtATime.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll([FollowConnectionsAsync(stoppingToken), .. EventTypes.Select(type => FollowAsync(type, stoppingToken))]);

    private async Task FollowAsync(string eventType, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var subscription = await client.SubscribeAsync(new SubscribeEventsCommand(eventType), cancellationToken);
                await foreach (var _ in subscription.Events.ReadAllAsync(cancellationToken))
                {
                    await CompareAsync(cancellationToken);
                }
            }
            catch (HomeAssistantCommandException exception) when (exception.Code == HassErrorCodes.Unauthorized)
            {
                Log.AccountEventsRefused(logger, eventType);
                return;
            }
            catch (Exception exception) when (exception is HomeAssistantCommandException or HomeAssistantConnectionException or TimeoutException)
            {
                Log.AccountEventsFailed(logger, eventType, exception.Message);
                await Task.Delay(exception is HomeAssistantCommandException ? RetryDelay : TimeSpan.FromSeconds(1), time, cancellationToken);
            }
        }
    }

    private async Task FollowConnectionsAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in client.WatchConnectionsAsync(cancellationToken))
        {
            await CompareAsync(cancellationToken);
        }
    }

    private async Task CompareAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await CompareOnceAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // HA answered in a shape Gatehouse does not know, or a listener failed: say so, never end the watch.
            Log.AccountsUnreadable(logger, exception.Message);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task CompareOnceAsync(CancellationToken cancellationToken)
    {
        var (accounts, problem) = await source.ReadAsync(cancellationToken);
        if (accounts is null)
        {
            Log.AccountsUnreadable(logger, problem!);
            return;
        }
        if (_known is null)
        {
            Log.FollowingAccounts(logger, accounts.Count);
        }
        var changes = _known is null ? [] : AccountChanges.Worse(_known, accounts);
        _known = accounts;
        if (changes.Count == 0)
        {
            return;
        }
        Log.AccountChanged(logger, string.Join("; ", changes.Select(c => c.Text)));
        foreach (var listener in listeners)
        {
            await listener.OnChangesAsync(changes, ChangeOrigin.Account, time.GetUtcNow(), cancellationToken);
        }
        if (await notifier.SendAsync(ChangeMessages.Now(changes), cancellationToken))
        {
            announced.Add(changes.Select(c => c.Id));
        }
        else if (notifier.HasTargets)
        {
            Log.AccountAlertNotDelivered(logger);
        }
    }
}
