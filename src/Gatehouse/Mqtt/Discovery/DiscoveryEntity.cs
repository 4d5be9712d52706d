using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>One entity's discovery config: published retained at <see cref="ConfigTopic"/>.</summary>
internal sealed record DiscoveryEntity(string Component, string ObjectId, string ConfigTopic, JObject Config)
{
    /// <summary>The id HA gives the entity when it first sees it: <c>&lt;component&gt;.gatehouse_&lt;object id&gt;</c>.</summary>
    public string EntityId => $"{Component}.{DiscoveryCommon.UniqueIdPrefix}{ObjectId}";

    /// <summary>
    /// The config as published to an HA of <paramref name="dialect"/>: the entity id in the key that release reads,
    /// the origin where it is known, and the device's link (known only once the Supervisor has answered), replaced by
    /// the project page where the release cannot take an add-on link.
    /// </summary>
    public string Payload(string configurationUrl, DiscoveryDialect dialect)
    {
        var config = (JObject)Config.DeepClone();
        if (dialect.UsesDefaultEntityId)
        {
            config["default_entity_id"] = EntityId;
        }
        else
        {
            config["object_id"] = DiscoveryCommon.UniqueIdPrefix + ObjectId;
        }
        if (dialect.AcceptsOrigin)
        {
            config["origin"] = DeviceDescription.Origin();
        }
        config["device"]!["configuration_url"] = dialect.AcceptsHomeAssistantLinks || Uri.TryCreate(configurationUrl, UriKind.Absolute, out var link) && link.Scheme is "http" or "https"
            ? configurationUrl
            : DeviceDescription.ProjectUrl;
        return config.ToString(Formatting.None);
    }
}
