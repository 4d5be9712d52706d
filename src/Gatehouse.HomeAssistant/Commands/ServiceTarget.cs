using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>The <c>target</c> of a service call: entities, devices or areas (templates are rejected by HA).</summary>
internal sealed record ServiceTarget
{
    [JsonProperty("entity_id", NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<string>? EntityIds { get; init; }

    [JsonProperty("device_id", NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<string>? DeviceIds { get; init; }

    [JsonProperty("area_id", NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<string>? AreaIds { get; init; }

    public static ServiceTarget Entity(string entityId) => new() { EntityIds = [entityId] };
}
