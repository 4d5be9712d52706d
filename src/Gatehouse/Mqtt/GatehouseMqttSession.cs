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
    ILogger<GatehouseMqttSession> logger) : IMqttSession
{
    private static readonly string ButtonTopic = GatehouseTopics.Command(GatehouseEntities.RunChecks);
    private bool _swept;

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
