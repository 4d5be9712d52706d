using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>A bus event delivered to a <c>subscribe_events</c> subscription.</summary>
internal sealed record HassEvent
{
    public string EventType { get; init; } = "";

    public JObject Data { get; init; } = [];

    public string? Origin { get; init; }

    public DateTimeOffset? TimeFired { get; init; }

    public HassContext? Context { get; init; }

    public static HassEvent Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new HassEvent
        {
            EventType = json.Text("event_type") ?? "",
            Data = json.Object("data") ?? [],
            Origin = json.Text("origin"),
            TimeFired = json.Date("time_fired"),
            Context = json.Record("context", HassContext.Read),
        };
    }

    /// <summary>The data of a <c>state_changed</c> event, or null for any other event.</summary>
    public StateChangedData? AsStateChanged() =>
        EventType == HassEventTypes.StateChanged ? StateChangedData.Read(Data) : null;
}
