using Gatehouse.Mqtt.Connection;
using Gatehouse.Options;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// At start, removes the retained configs of Gatehouse entities that no longer exist (a check that was dropped),
/// so HA does not keep ghost entities, and, after a change of discovery_prefix, every config Gatehouse left under
/// the previous prefix (kept in the data folder, <see cref="PrefixFileName"/>). It subscribes to every Gatehouse
/// config, then publishes a marker to itself: the broker sends the retained configs before the marker, so when the
/// marker arrives the list is complete (no guessing how long to wait; <see cref="MqttConnectionTimings.SweepTimeout"/>
/// is only a fallback).
/// </summary>
internal sealed class StaleConfigSweep(
    GatehouseTopics topics,
    EntityCatalog catalog,
    OutboundQueue queue,
    MqttConnectionTimings timings,
    GatehouseEnvironment environment,
    TimeProvider timeProvider,
    ILogger<StaleConfigSweep> logger)
{
    public const string PrefixFileName = "discovery_prefix";

    private readonly Lock _lock = new();
    private readonly HashSet<string> _found = new(StringComparer.Ordinal);
    private GatehouseTopics? _previous;
    private TaskCompletionSource _markerSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _markerTopic;

    public async Task RunAsync(IMqttClient client, CancellationToken cancellationToken)
    {
        var marker = $"{GatehouseTopics.NodeId}/sweep/{Guid.NewGuid():N}";
        var previous = PreviousPrefix() is { } prefix && prefix != topics.DiscoveryPrefix ? new GatehouseTopics(prefix) : null;
        lock (_lock)
        {
            _found.Clear();
            _markerSeen = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _markerTopic = marker;
            _previous = previous;
        }
        try
        {
            if (previous is not null)
            {
                await client.SubscribeAsync(previous.AllConfigs, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
            }
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
            if (previous is not null)
            {
                await client.UnsubscribeAsync(previous.AllConfigs, cancellationToken);
            }
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
        RememberPrefix();
    }

    /// <summary>The prefix the last run announced under; null when none was kept (first start) or the file is not ours.</summary>
    private string? PreviousPrefix()
    {
        var path = Path.Combine(environment.DataDirectory, PrefixFileName);
        try
        {
            return File.Exists(path) && new FileInfo(path).Length < 512 && File.ReadAllText(path).Trim() is { Length: > 0 } kept
                && !kept.Contains('+') && !kept.Contains('#') ? kept : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void RememberPrefix()
    {
        try
        {
            var path = Path.Combine(environment.DataDirectory, PrefixFileName);
            File.WriteAllText(path + ".new", topics.DiscoveryPrefix + "\n");
            File.Move(path + ".new", path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not kept: a later prefix change leaves the old configs behind, as before this was remembered.
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
            if (_previous?.IsConfig(topic) == true)
            {
                // Under the previous prefix everything of Gatehouse's goes: HA shows it twice otherwise.
                if (retained && payload.Length > 0)
                {
                    _found.Add(topic);
                }
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
