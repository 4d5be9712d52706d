using Gatehouse.Mqtt.Connection;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// At start, removes the retained configs of Gatehouse entities that no longer exist (a check that was dropped),
/// so HA does not keep ghost entities. It subscribes to every Gatehouse config, then publishes a marker to
/// itself: the broker sends the retained configs before the marker, so when the marker arrives the list is
/// complete (no guessing how long to wait; <see cref="MqttConnectionTimings.SweepTimeout"/> is only a fallback).
/// </summary>
internal sealed class StaleConfigSweep(
    GatehouseTopics topics,
    EntityCatalog catalog,
    OutboundQueue queue,
    MqttConnectionTimings timings,
    TimeProvider timeProvider,
    ILogger<StaleConfigSweep> logger)
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _found = new(StringComparer.Ordinal);
    private TaskCompletionSource _markerSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _markerTopic;

    public async Task RunAsync(IMqttClient client, CancellationToken cancellationToken)
    {
        var marker = $"{GatehouseTopics.NodeId}/sweep/{Guid.NewGuid():N}";
        lock (_lock)
        {
            _found.Clear();
            _markerSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _markerTopic = marker;
        }
        try
        {
            await client.SubscribeAsync(topics.AllConfigs, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
            await client.SubscribeAsync(marker, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
            await client.PublishStringAsync(marker, "", MqttQualityOfServiceLevel.AtLeastOnce, retain: false, cancellationToken);
            try
            {
                await _markerSeen.Task.WaitAsync(timings.SweepTimeout, timeProvider, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Proceed with what arrived: a missed ghost is removed on the next start.
            }
            await client.UnsubscribeAsync(topics.AllConfigs, cancellationToken);
            await client.UnsubscribeAsync(marker, cancellationToken);
        }
        finally
        {
            lock (_lock)
            {
                _markerTopic = null;
            }
        }

        List<string> stale;
        lock (_lock)
        {
            stale = [.. _found.Where(t => !catalog.ConfigTopics.Contains(t)).Order(StringComparer.Ordinal)];
        }
        stale.ForEach(topic => queue.Enqueue(OutboundMessage.Clear(topic)));
        if (stale.Count > 0)
        {
            Log.StaleConfigsCleared(logger, stale.Count, string.Join(", ", stale));
        }
    }

    /// <summary>Collects retained configs while a sweep runs; true when the message belonged to the sweep.</summary>
    public bool OnMessage(string topic, string payload, bool retained)
    {
        lock (_lock)
        {
            if (_markerTopic is null)
            {
                return false;
            }
            if (topic == _markerTopic)
            {
                _markerSeen.TrySetResult();
                return true;
            }
            if (!topics.IsConfig(topic))
            {
                return false;
            }
            if (retained && payload.Length > 0)
            {
                _found.Add(topic);
            }
            return true;
        }
    }
}
