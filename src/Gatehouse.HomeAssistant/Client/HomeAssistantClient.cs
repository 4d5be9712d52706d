using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Compatibility;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Transport;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>
/// The runner behind <see cref="IHomeAssistantClient"/>: <see cref="RunAsync"/> connects, renews subscriptions,
/// signals watchers, keeps the heartbeat, and reconnects with capped, jittered backoff (a refused token waits
/// the slow <see cref="HomeAssistantClientOptions.AuthInvalidRetryDelay"/>). Calls wait for a ready session.
/// </summary>
internal sealed class HomeAssistantClient(
    HomeAssistantClientOptions options,
    IHomeAssistantTransportFactory transports,
    TimeProvider timeProvider,
    ILogger<HomeAssistantClient> logger)
    : IHomeAssistantClient
{
    private readonly HomeAssistantConnector _connector = new(options, transports, timeProvider, logger);
    private readonly Heartbeat _heartbeat = new(options, timeProvider, logger);
    private readonly ConnectionReporter _reporter = new(options.Endpoint, logger);
    private readonly ConnectionWatchers _watchers = new();
    private readonly ReadGate _gate = new(timeProvider, logger);
    private readonly Lock _subscriptionsLock = new();
    private readonly List<IDurableSubscription> _subscriptions = [];
    private TaskCompletionSource<ClientSession> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsConnected => Volatile.Read(ref _ready).Task.IsCompletedSuccessfully;

    public HaRelease? Release => Volatile.Read(ref _ready).Task is { IsCompletedSuccessfully: true } ready ? ready.Result.Connection.Release : null;

    /// <summary>Keeps HA connected until <paramref name="stoppingToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var backoff = new Backoff(options.ReconnectMinDelay, options.ReconnectMaxDelay, Random.Shared.NextDouble);
        var sessions = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan retryIn;
            try
            {
                await using var connection = await _connector.ConnectAsync(_gate, stoppingToken);
                await RenewSubscriptionsAsync(connection, stoppingToken);
                backoff.Reset();
                if (await ServeAsync(connection, ++sessions, stoppingToken) == DisconnectReason.ConnectionLost)
                {
                    _reporter.Lost(await connection.Closed); // a missed pong was reported by the heartbeat
                }
                retryIn = backoff.Next();
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                break; // Whatever was in flight when stopping began.
            }
            catch (HomeAssistantConnectionException failure)
            {
                retryIn = failure.Reason == DisconnectReason.AuthInvalid ? options.AuthInvalidRetryDelay : backoff.Next();
                _reporter.Failed(failure, retryIn);
            }
            catch (Exception unexpected)
            {
                // A bug must not end the connection for good: say so and start over.
                retryIn = backoff.Next();
                Log.Unexpected(logger, unexpected, retryIn.TotalSeconds);
            }
            try
            {
                await Task.Delay(retryIn, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public async Task<TResult> SendAsync<TResult>(
        HassCommand<TResult> command, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var result = await OnConnectionAsync(command.Type, timeout, idempotent: false, cancellationToken,
            (connection, token) => connection.SendAsync(command, token));
        return ResultReader.Read(command, result);
    }

    public async Task<IHomeAssistantSubscription<TEvent>> SubscribeAsync<TEvent>(
        HassSubscriptionCommand<TEvent> command, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var subscription = new DurableSubscription<TEvent>(command, Forget, _gate.CaughtUp, timeProvider, logger);
        lock (_subscriptionsLock)
        {
            _subscriptions.Add(subscription);
        }
        _gate.Track(subscription);
        try
        {
            // A subscription dies with its connection, so subscribing again on the next one is always safe.
            await OnConnectionAsync<JToken?>(command.Type, timeout, idempotent: true, cancellationToken, async (connection, token) =>
            {
                await subscription.RenewAsync(connection, token);
                return null;
            });
            return subscription;
        }
        catch
        {
            await subscription.DisposeAsync();
            throw;
        }
    }

    public IAsyncEnumerable<HomeAssistantConnected> WatchConnectionsAsync(CancellationToken cancellationToken) =>
        _watchers.WatchAsync(cancellationToken);

    private async Task<DisconnectReason> ServeAsync(HomeAssistantConnection connection, int number, CancellationToken stoppingToken)
    {
        var session = new ClientSession(connection);
        var connected = new HomeAssistantConnected(number, connection.HaVersion, timeProvider.GetUtcNow());
        _reporter.Connected(connected);
        Volatile.Read(ref _ready).TrySetResult(session);
        _watchers.Connected(connected);
        try
        {
            return await _heartbeat.RunAsync(connection, stoppingToken);
        }
        finally
        {
            _watchers.Disconnected();
            Volatile.Write(ref _ready, new TaskCompletionSource<ClientSession>(TaskCreationOptions.RunContinuationsAsynchronously));
            session.Ended.TrySetResult();
        }
    }

    private async Task RenewSubscriptionsAsync(HomeAssistantConnection connection, CancellationToken cancellationToken)
    {
        IDurableSubscription[] subscriptions;
        lock (_subscriptionsLock)
        {
            subscriptions = [.. _subscriptions];
        }
        foreach (var subscription in subscriptions)
        {
            using var timeout = new CancellationTokenSource(options.CommandTimeout, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                await subscription.RenewAsync(connection, linked.Token);
            }
            catch (HomeAssistantCommandException refused)
            {
                Log.RenewRefused(logger, subscription.CommandType, refused.Message);
                subscription.Fail(refused);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new HomeAssistantConnectionException(DisconnectReason.ConnectionLost,
                    $"Home Assistant did not answer {subscription.CommandType} within {options.CommandTimeout.TotalSeconds:0} s.");
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> on a ready session within the timeout. When the link breaks it is tried on
    /// the next session if the command never left, or if it is <paramref name="idempotent"/>.
    /// </summary>
    private async Task<T> OnConnectionAsync<T>(
        string commandType, TimeSpan? timeout, bool idempotent, CancellationToken cancellationToken,
        Func<HomeAssistantConnection, CancellationToken, Task<T>> action)
    {
        var limit = timeout ?? options.CommandTimeout;
        using var deadline = new CancellationTokenSource(limit, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            while (true)
            {
                var session = await Volatile.Read(ref _ready).Task.WaitAsync(linked.Token);
                try
                {
                    return await action(session.Connection, linked.Token);
                }
                catch (HomeAssistantConnectionException lost) when (idempotent || !lost.CommandMayHaveRun)
                {
                    await session.Ended.Task.WaitAsync(linked.Token);
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(IsConnected
                ? $"Home Assistant did not answer {commandType} within {limit.TotalSeconds:0.#} s."
                : $"Home Assistant was not connected within {limit.TotalSeconds:0.#} s to send {commandType}.");
        }
    }

    private void Forget(IDurableSubscription subscription)
    {
        lock (_subscriptionsLock)
        {
            _subscriptions.Remove(subscription);
        }
        _gate.Untrack(subscription);
    }
}
