namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// Every topic Gatehouse uses. Discovery configs live under the owner's discovery prefix with the node id
/// <c>gatehouse</c> (<c>&lt;prefix&gt;/&lt;component&gt;/gatehouse/&lt;object&gt;/config</c>); states, attributes
/// and commands live under <c>gatehouse/</c>.
/// </summary>
internal sealed class GatehouseTopics(string discoveryPrefix)
{
    public const string NodeId = "gatehouse";
    public const string Availability = NodeId + "/availability";

    public string DiscoveryPrefix => discoveryPrefix;

    /// <summary>HA's own default birth topic (mqtt/const.py DEFAULT_BIRTH_WILL_TOPIC), whatever the discovery prefix.</summary>
    public const string DefaultHomeAssistantStatus = "homeassistant/status";

    /// <summary>
    /// Where HA's MQTT integration says <c>online</c> when it starts (re-announce then): <c>&lt;prefix&gt;/status</c>,
    /// and HA's default birth topic, which does not follow a changed discovery prefix.
    /// </summary>
    public IReadOnlySet<string> HomeAssistantStatus { get; } =
        new HashSet<string>(StringComparer.Ordinal) { $"{discoveryPrefix}/status", DefaultHomeAssistantStatus };

    /// <summary>Matches every Gatehouse config, current or left over from an older version.</summary>
    public string AllConfigs => $"{discoveryPrefix}/+/{NodeId}/+/config";

    public string Config(string component, string objectId) => $"{discoveryPrefix}/{component}/{NodeId}/{objectId}/config";

    public bool IsConfig(string topic) =>
        topic.StartsWith(discoveryPrefix + "/", StringComparison.Ordinal)
        && topic.EndsWith("/config", StringComparison.Ordinal)
        && topic[(discoveryPrefix.Length + 1)..].Split('/') is [_, NodeId, _, "config"];

    public static string State(string objectId) => $"{NodeId}/{objectId}/state";

    public static string Attributes(string objectId) => $"{NodeId}/{objectId}/attributes";

    public static string Command(string objectId) => $"{NodeId}/{objectId}/command";
}
