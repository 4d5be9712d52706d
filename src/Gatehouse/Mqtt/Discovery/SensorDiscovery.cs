using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>Config of an MQTT <c>sensor</c> (HA mqtt/sensor.py: <c>state_topic</c> required).</summary>
internal static class SensorDiscovery
{
    public const string Component = "sensor";

    public static DiscoveryEntity Create(
        GatehouseTopics topics,
        EntityDescription entity,
        string? deviceClass = null,
        string? stateClass = null,
        string? unit = null)
    {
        var keys = new JObject { ["state_topic"] = GatehouseTopics.State(entity.ObjectId) };
        if (deviceClass is not null)
        {
            keys["device_class"] = deviceClass;
        }
        if (stateClass is not null)
        {
            keys["state_class"] = stateClass;
        }
        if (unit is not null)
        {
            keys["unit_of_measurement"] = unit;
        }
        return DiscoveryCommon.Create(topics, Component, entity, keys);
    }
}
