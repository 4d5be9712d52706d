using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// The keys every platform shares (HA <c>MQTT_ENTITY_COMMON_SCHEMA</c>): ids, name, device, origin, one
/// availability topic, category, icon and the attributes topic. Full key names, not abbreviations: the payloads
/// are small and a reader of the broker should understand them.
/// </summary>
internal static class DiscoveryCommon
{
    public const string UniqueIdPrefix = "gatehouse_";

    public static DiscoveryEntity Create(GatehouseTopics topics, string component, EntityDescription entity, JObject platformKeys)
    {
        var config = new JObject
        {
            ["unique_id"] = UniqueIdPrefix + entity.ObjectId,
            // object_id stopped working in HA 2026.4; default_entity_id is the full entity id, used when first added.
            ["default_entity_id"] = $"{component}.{UniqueIdPrefix}{entity.ObjectId}",
            ["name"] = entity.Name,
            ["availability_topic"] = GatehouseTopics.Availability,
            ["payload_available"] = Connection.MqttAvailability.OnlinePayload,
            ["payload_not_available"] = Connection.MqttAvailability.OfflinePayload,
            ["device"] = DeviceDescription.Device(),
            ["origin"] = DeviceDescription.Origin(),
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
