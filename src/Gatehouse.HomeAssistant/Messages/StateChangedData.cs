using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>The data of <c>state_changed</c>: <see cref="NewState"/> is null when the entity was removed.</summary>
internal sealed record StateChangedData
{
    [JsonProperty("entity_id")]
    public string EntityId { get; init; } = "";

    [JsonProperty("old_state")]
    public HassState? OldState { get; init; }

    [JsonProperty("new_state")]
    public HassState? NewState { get; init; }
}
