using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>A bus event delivered to a <c>subscribe_events</c> subscription.</summary>
internal sealed record HassEvent
{
    [JsonProperty("event_type")]
    public string EventType { get; init; } = "";

    [JsonProperty("data")]
    public JObject Data { get; init; } = [];

    [JsonProperty("origin")]
    public string? Origin { get; init; }

    [JsonProperty("time_fired")]
    public DateTimeOffset? TimeFired { get; init; }

    [JsonProperty("context")]
    public HassContext? Context { get; init; }

    /// <summary>The data of a <c>state_changed</c> event, or null for any other event.</summary>
    public StateChangedData? AsStateChanged() =>
        EventType == HassEventTypes.StateChanged ? Json.HomeAssistantJson.Read<StateChangedData>(Data) : null;
}
