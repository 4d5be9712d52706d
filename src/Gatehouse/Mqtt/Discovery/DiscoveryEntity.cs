using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>One entity's discovery config: published retained at <see cref="ConfigTopic"/>.</summary>
internal sealed record DiscoveryEntity(string Component, string ObjectId, string ConfigTopic, JObject Config);
