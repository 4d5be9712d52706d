using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// The keys every platform shares (HA <c>MQTT_ENTITY_COMMON_SCHEMA</c>) that every supported release reads alike:
/// unique id, name, device, one availability topic, category, icon and the attributes topic. The entity id key and
/// the origin depend on the release and are added when published (<see cref="DiscoveryEntity.Payload"/>). Full key
/// names, not abbreviations: the payloads are small and a reader of the broker should understand them.
/// </summary>
internal static class DiscoveryCommon
{
    public const string UniqueIdPrefix = "gatehouse_";

    public static DiscoveryEntity Create(GatehouseTopics topics, string component, EntityDescription entity, JObject platformKeys)
    {
        var config = new JObject
        {
            ["unique_id"] = UniqueIdPrefix + entity.ObjectId,
            ["name"] = entity.Name,
            ["availability_topic"] = GatehouseTopics.Availability,
            ["payload_available"] = Connection.MqttAvailability.OnlinePayload,
            ["payload_not_available"] = Connection.MqttAvailability.OfflinePayload,
            ["device"] = DeviceDescription.Device(),
            ["qos"] = 1,
        };
        if (entity.Icon is { } icon)
        {
            config["icon"] = icon;
        }
        if (entity.EntityCategory is { } category)
        {
            config["entity_category"] = category;
        }
        if (entity.HasAttributes)
        {
            config["json_attributes_topic"] = GatehouseTopics.Attributes(entity.ObjectId);
        }
        config.Merge(platformKeys);
        return new DiscoveryEntity(component, entity.ObjectId, topics.Config(component, entity.ObjectId), config);
    }
}
