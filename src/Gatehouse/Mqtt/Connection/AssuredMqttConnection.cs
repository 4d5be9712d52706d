using Gatehouse.HomeAssistant.Client;
using Gatehouse.Mqtt.Broker;
using Gatehouse.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace Gatehouse.Mqtt.Connection;

/// <summary>
/// Keeps one MQTT connection alive and drains <see cref="OutboundQueue"/> into it. A single loop probes the
/// connection with <c>TryPingAsync</c> and reconnects with capped backoff; it never reconnects from MQTTnet's
/// disconnect handler (MQTTnet warns that can deadlock). Nobody waits on it: a broker that is down only
/// delays the entities, never the login alerts.
/// </summary>
internal sealed class AssuredMqttConnection(
    BrokerSettingsResolver resolver,
    OutboundQueue queue,
    GatehouseMqttSession session,
    MqttAvailability availability,
    MqttConnectionTimings timings,
    GatehouseOptions options,
    GatehouseEnvironment environment,
    TimeProvider timeProvider,
    ILogger<AssuredMqttConnection> logger) : BackgroundService
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly BrokerConnectionReporter _reporter = new(logger);
    private readonly QueueFlusher _flusher = new(queue, logger);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _client.ApplicationMessageReceivedAsync += e =>
        {
            var message = e.ApplicationMessage;
            session.OnMessage(message.Topic, message.ConvertPayloadToString() ?? "", message.Retain);
            return Task.CompletedTask;
        };
        while (true)
        {
            try
            {
                await RunAsync(stoppingToken);
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A failed background service stops the whole host: the MQTT side must never take the alerts with it.
                Log.ConnectionLoopFailed(logger, timings.MaxRetryDelay.TotalSeconds, exception);
                await Task.Delay(timings.MaxRetryDelay, timeProvider, stoppingToken);
            }
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var broker = await ResolveBrokerAsync(stoppingToken);
        if (broker is null)
        {
            return;
        }
        var clientOptions = MqttClientOptionsFactory.Create(broker, availability, timings, MqttClientId.ForInstallation(environment.DataDirectory));
        var retry = new Backoff(timings.FirstRetryDelay, timings.MaxRetryDelay);
        var wasConnected = false;
        var needsSession = false;
        var pingDue = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (pingDue && !await _client.TryPingAsync(stoppingToken))
            {
                if (wasConnected)
                {
                    _reporter.Lost(broker);
                    wasConnected = false;
                }
                if (await TryConnectAsync(clientOptions, stoppingToken) is { } problem)
                {
                    var wait = retry.Next();
                    _reporter.Failed(broker, problem, wait);
                    await Task.Delay(wait, timeProvider, stoppingToken);
                    continue;
                }
                retry.Reset();
                wasConnected = true;
                needsSession = true;
                _reporter.Connected(broker, options.DiscoveryPrefix);
            }
            if (needsSession)
            {
                needsSession = !await TryStartSessionAsync(stoppingToken);
                if (needsSession)
                {
                    await Task.Delay(retry.Next(), timeProvider, stoppingToken);
                    continue;
                }
            }
            if (!await _flusher.TryFlushAsync(_client, stoppingToken))
            {
                pingDue = true;
                await Task.Delay(timings.FirstRetryDelay, timeProvider, stoppingToken);
                continue;
            }
            pingDue = await WaitForWorkAsync(stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!_client.IsConnected)
        {
            return;
        }
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(timings.StopTimeout);
        // The waiting updates get half the budget at most: on a loaded machine flushing them used it all, and then
        // 'offline' was never sent. What is left in the queue is announced again at the next start.
        using (var flushing = CancellationTokenSource.CreateLinkedTokenSource(budget.Token))
        {
            flushing.CancelAfter(timings.StopTimeout / 2);
            try
            {
                await _flusher.TryFlushAsync(_client, flushing.Token);
            }
            catch (OperationCanceledException) when (!budget.IsCancellationRequested)
            {
            }
        }
        try
        {
            await _client.PublishStringAsync(availability.Topic, availability.Offline, MqttQualityOfServiceLevel.AtLeastOnce, retain: true, budget.Token);
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), budget.Token);
            Log.Disconnected(logger);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.OfflineNotPublished(logger, exception);
        }
    }

    public override void Dispose()
    {
        _client.Dispose();
        base.Dispose();
    }

    private async Task<BrokerSettings?> ResolveBrokerAsync(CancellationToken stoppingToken)
    {
        var retry = new Backoff(timings.FirstRetryDelay, timings.MaxRetryDelay);
        while (true)
        {
            var resolution = await resolver.ResolveAsync(stoppingToken);
            if (resolution.Settings is { } settings)
            {
                return settings;
            }
            var wait = retry.Next();
            _reporter.NoBroker(resolution.Problem ?? "unknown", wait);
            if (!resolution.Retry)
            {
                return null;
            }
            await Task.Delay(wait, timeProvider, stoppingToken);
        }
    }

    private async Task<ConnectionProblem?> TryConnectAsync(MqttClientOptions clientOptions, CancellationToken stoppingToken)
    {
        try
        {
            if (_client.IsConnected)
            {
                // The ping failed on a connection MQTTnet still thinks is up: drop it before dialling again.
                await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), stoppingToken);
            }
            var result = await _client.ConnectAsync(clientOptions, stoppingToken);
            return result.ResultCode == MqttClientConnectResultCode.Success ? null : ConnectionProblem.FromResult(result.ResultCode);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            return ConnectionProblem.FromException(exception);
        }
    }

    private async Task<bool> TryStartSessionAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _client.PublishStringAsync(availability.Topic, availability.Online, MqttQualityOfServiceLevel.AtLeastOnce, retain: true, stoppingToken);
            await session.OnConnectedAsync(_client, stoppingToken);
            return true;
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            Log.SessionSetupFailed(logger, exception);
            return false;
        }
    }

    /// <summary>Waits for a queued message or the next ping; true when it is time to ping.</summary>
    private async Task<bool> WaitForWorkAsync(CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var message = queue.WaitForMessagesAsync(wait.Token);
        var ping = Task.Delay(timings.PingInterval, timeProvider, wait.Token);
        var first = await Task.WhenAny(message, ping);
        // The loser ends cancelled (not faulted), so nothing goes unobserved.
        await wait.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        return first == ping;
    }
}
