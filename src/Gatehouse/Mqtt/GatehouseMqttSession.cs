using Gatehouse.Mqtt.Connection;
using Gatehouse.Mqtt.Discovery;
using Gatehouse.Mqtt.States;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace Gatehouse.Mqtt;

/// <summary>
/// Gatehouse's side of each MQTT session: listens for HA's birth message and the button, sweeps stale configs
/// once per run, and announces every entity and its newest state after each (re)connect and each HA birth.
/// </summary>
internal sealed class GatehouseMqttSession(
    GatehouseTopics topics,
    EntityStatePublisher publisher,
    StaleConfigSweep sweep,
    DeviceLink deviceLink,
    RunChecksButton button,
    ILogger<GatehouseMqttSession> logger)
{
    private static readonly string ButtonTopic = GatehouseTopics.Command(GatehouseEntities.RunChecks);
    private bool _swept;

    /// <summary>
    /// After each (re)connect and the <c>online</c> birth, before waiting messages are flushed: subscribe again
    /// (the session is clean) and queue everything the broker must hold.
    /// </summary>
    public async Task OnConnectedAsync(IMqttClient client, CancellationToken cancellationToken)
    {
        foreach (var status in topics.HomeAssistantStatus)
        {
            await client.SubscribeAsync(status, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
        }
        await client.SubscribeAsync(ButtonTopic, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
        if (!_swept)
        {
            await sweep.RunAsync(client, cancellationToken);
            _swept = true;
        }
        await deviceLink.ResolveAsync(cancellationToken);
        publisher.AnnounceAll();
    }

    /// <summary>One received message. Runs on MQTTnet's receive path, so it must return quickly and never block.</summary>
    public void OnMessage(string topic, string payload, bool retained)
    {
        if (sweep.OnMessage(topic, payload, retained))
        {
            return;
        }
        if (topics.HomeAssistantStatus.Contains(topic) && payload == MqttAvailability.OnlinePayload)
        {
            Log.HomeAssistantOnline(logger);
            publisher.AnnounceAll();
        }
        else if (topic == ButtonTopic && payload == ButtonDiscovery.Press && !retained)
        {
            // A retained press would fire again on every connect: only live presses count.
            button.Press();
        }
    }
}
