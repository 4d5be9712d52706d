using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>The data of <c>state_changed</c>: <see cref="NewState"/> is null when the entity was removed.</summary>
internal sealed record StateChangedData
{
    public string EntityId { get; init; } = "";

    public HassState? OldState { get; init; }

    public HassState? NewState { get; init; }

    public static StateChangedData Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new StateChangedData
        {
            EntityId = json.Text("entity_id") ?? "",
            OldState = json.Record("old_state", HassState.Read),
            NewState = json.Record("new_state", HassState.Read),
        };
    }
}
