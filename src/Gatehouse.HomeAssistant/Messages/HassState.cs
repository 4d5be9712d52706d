using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>One entity's state, as in <c>get_states</c> and <c>state_changed</c>.</summary>
internal sealed record HassState
{
    public string EntityId { get; init; } = "";

    public string State { get; init; } = "";

    public JObject Attributes { get; init; } = [];

    public DateTimeOffset? LastChanged { get; init; }

    public DateTimeOffset? LastUpdated { get; init; }

    public HassContext? Context { get; init; }

    /// <summary>A string attribute, or null when missing or not a string.</summary>
    public string? Attribute(string name) =>
        Attributes.TryGetValue(name, StringComparison.Ordinal, out var value) && value.Type == JTokenType.String
            ? (string?)value
            : null;

    public static HassState Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new HassState
        {
            EntityId = json.Text("entity_id") ?? "",
            State = json.Text("state") ?? "",
            Attributes = json.Object("attributes") ?? [],
            LastChanged = json.Date("last_changed"),
            LastUpdated = json.Date("last_updated"),
            Context = json.Record("context", HassContext.Read),
        };
    }
}
