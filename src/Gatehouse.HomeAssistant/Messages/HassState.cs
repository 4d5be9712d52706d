using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>One entity's state, as in <c>get_states</c> and <c>state_changed</c>.</summary>
internal sealed record HassState
{
    [JsonProperty("entity_id")]
    public string EntityId { get; init; } = "";

    [JsonProperty("state")]
    public string State { get; init; } = "";

    [JsonProperty("attributes")]
    public JObject Attributes { get; init; } = [];

    [JsonProperty("last_changed")]
    public DateTimeOffset? LastChanged { get; init; }

    [JsonProperty("last_updated")]
    public DateTimeOffset? LastUpdated { get; init; }

    [JsonProperty("context")]
    public HassContext? Context { get; init; }

    /// <summary>A string attribute, or null when missing or not a string.</summary>
    public string? Attribute(string name) =>
        Attributes.TryGetValue(name, StringComparison.Ordinal, out var value) && value.Type == JTokenType.String
            ? (string?)value
            : null;
}
