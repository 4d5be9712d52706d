using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>Config of an MQTT <c>button</c> (HA mqtt/button.py: <c>command_topic</c> required, not retained).</summary>
internal static class ButtonDiscovery
{
    public const string Component = "button";
    public const string Press = "PRESS";

    public static DiscoveryEntity Create(GatehouseTopics topics, EntityDescription entity) =>
        DiscoveryCommon.Create(topics, Component, entity, new JObject
        {
            ["command_topic"] = GatehouseTopics.Command(entity.ObjectId),
            ["payload_press"] = Press,
            ["retain"] = false,
        });
}
