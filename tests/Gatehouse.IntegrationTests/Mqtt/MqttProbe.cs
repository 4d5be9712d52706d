using System.Collections.Concurrent;
using Gatehouse.IntegrationTests.Infrastructure;
using MQTTnet;
using MQTTnet.Protocol;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>
/// A test's own MQTT client: it stands in for Home Assistant (birth message, button presses) and records every
/// message on the topics it watches, so tests await what the broker actually delivered.
/// </summary>
internal sealed class MqttProbe : IAsyncDisposable
{
    private readonly IMqttClient _client;
    private readonly ConcurrentQueue<ReceivedMessage> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private MqttProbe(IMqttClient client)
    {
        _client = client;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            _received.Enqueue(new ReceivedMessage(e.ApplicationMessage.Topic, e.ApplicationMessage.ConvertPayloadToString() ?? "", e.ApplicationMessage.Retain));
            _arrived.Release();
            return Task.CompletedTask;
        };
    }

    public IReadOnlyList<ReceivedMessage> Received => [.. _received];

    public static async Task<MqttProbe> ConnectAsync(MosquittoBroker broker, params string[] topicFilters)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var probe = new MqttProbe(client);
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(broker.Host, broker.Port)
            .WithClientId("probe-" + Guid.NewGuid().ToString("N")[..8])
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V311)
            .WithCleanSession();
        if (broker.Account is var (username, password))
        {
            builder.WithCredentials(username, password);
        }
        var options = builder.Build();
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        await client.ConnectAsync(options, timeout.Token);
        foreach (var filter in topicFilters)
        {
            await client.SubscribeAsync(filter, MqttQualityOfServiceLevel.AtLeastOnce, timeout.Token);
        }
        return probe;
    }

    public void Clear() => _received.Clear();

    public async Task PublishAsync(string topic, string payload, bool retain = false)
    {
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        await _client.PublishStringAsync(topic, payload, MqttQualityOfServiceLevel.AtLeastOnce, retain, timeout.Token);
    }

    /// <summary>Waits until the received messages satisfy <paramref name="condition"/>; fails with what arrived on timeout.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<ReceivedMessage>, bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        while (!condition(Received))
        {
            try
            {
                await _arrived.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out waiting for {what}. Received:\n{string.Join('\n', Received.Select(m => $"{m.Topic} [{(m.Retained ? "retained" : "live")}] {m.Payload}"))}");
            }
        }
    }

    /// <summary>Waits for a message on <paramref name="topic"/> that satisfies <paramref name="match"/> (any, when null) and returns the newest such.</summary>
    public async Task<ReceivedMessage> WaitForAsync(string topic, Func<ReceivedMessage, bool>? match = null)
    {
        await WaitUntilAsync(list => list.Any(m => m.Topic == topic && (match?.Invoke(m) ?? true)), $"a message on {topic}");
        return Received.Last(m => m.Topic == topic && (match?.Invoke(m) ?? true));
    }

    /// <summary>The newest payload seen per topic (what a retained-state reader would now see).</summary>
    public IReadOnlyDictionary<string, string> Latest() =>
        Received.GroupBy(m => m.Topic).ToDictionary(g => g.Key, g => g.Last().Payload);

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }
        _client.Dispose();
        _arrived.Dispose();
        SecretLedger.AssertNoneIn(_received.Select(m => m.Payload), "an MQTT payload");
    }
}
