using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>One entity's discovery config: published retained at <see cref="ConfigTopic"/>.</summary>
internal sealed record DiscoveryEntity(string Component, string ObjectId, string ConfigTopic, JObject Config)
{
    /// <summary>The config as published, with the device's link (known only once the Supervisor has answered).</summary>
    public string Payload(string configurationUrl)
    {
        var config = (JObject)Config.DeepClone();
        config["device"]!["configuration_url"] = configurationUrl;
        return config.ToString(Formatting.None);
    }
}
