using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>HA's context of a state change, event or service call.</summary>
internal sealed record HassContext
{
    [JsonProperty("id")]
    public string Id { get; init; } = "";

    [JsonProperty("parent_id")]
    public string? ParentId { get; init; }

    [JsonProperty("user_id")]
    public string? UserId { get; init; }
}
