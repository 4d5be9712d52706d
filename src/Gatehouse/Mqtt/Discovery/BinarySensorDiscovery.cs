using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>Config of an MQTT <c>binary_sensor</c> (HA mqtt/binary_sensor.py: <c>state_topic</c> required).</summary>
internal static class BinarySensorDiscovery
{
    public const string Component = "binary_sensor";
    public const string On = "ON";
    public const string Off = "OFF";

    public static DiscoveryEntity Create(GatehouseTopics topics, EntityDescription entity, string deviceClass) =>
        DiscoveryCommon.Create(topics, Component, entity, new JObject
        {
            ["state_topic"] = GatehouseTopics.State(entity.ObjectId),
            ["device_class"] = deviceClass,
            ["payload_on"] = On,
            ["payload_off"] = Off,
        });
}
