using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// The one HA device every Gatehouse entity belongs to (its <c>configuration_url</c> is added when published, see
/// <see cref="DeviceLink"/>), and the origin block HA logs discoveries with.
/// </summary>
internal static class DeviceDescription
{
    public const string Name = "Gatehouse";
    public const string ProjectUrl = "https://github.com/gatehouse-addon/gatehouse";

    public static JObject Device() => new()
    {
        ["identifiers"] = new JArray(GatehouseTopics.NodeId),
        ["name"] = Name,
        ["manufacturer"] = Name,
        ["model"] = "Security add-on",
        ["sw_version"] = GatehouseVersion.Current,
    };

    public static JObject Origin() => new()
    {
        ["name"] = Name,
        ["sw_version"] = GatehouseVersion.Current,
        ["support_url"] = ProjectUrl,
    };
}
