using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>The <c>target</c> of a service call: entities, devices or areas (templates are rejected by HA).</summary>
internal sealed record ServiceTarget
{
    public IReadOnlyList<string>? EntityIds { get; init; }

    public IReadOnlyList<string>? DeviceIds { get; init; }

    public IReadOnlyList<string>? AreaIds { get; init; }

    public static ServiceTarget Entity(string entityId) => new() { EntityIds = [entityId] };

    /// <summary>Only the kinds given: an empty key would target nothing, a missing one leaves that kind out.</summary>
    public JObject ToJson()
    {
        var json = new JObject();
        Add(json, "entity_id", EntityIds);
        Add(json, "device_id", DeviceIds);
        Add(json, "area_id", AreaIds);
        return json;
    }

    private static void Add(JObject json, string key, IReadOnlyList<string>? ids)
    {
        if (ids is not null)
        {
            json[key] = new JArray(ids);
        }
    }
}
