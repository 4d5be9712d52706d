using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// Config of an MQTT <c>event</c> (HA mqtt/event.py: <c>state_topic</c> and <c>event_types</c> required). HA
/// ignores retained event messages, so events are published without retain.
/// </summary>
internal static class EventDiscovery
{
    public const string Component = "event";

    public static DiscoveryEntity Create(GatehouseTopics topics, EntityDescription entity, IEnumerable<string> eventTypes) =>
        DiscoveryCommon.Create(topics, Component, entity, new JObject
        {
            ["state_topic"] = GatehouseTopics.State(entity.ObjectId),
            ["event_types"] = new JArray(eventTypes),
        });
}
