using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>HA's context of a state change, event or service call.</summary>
internal sealed record HassContext
{
    public string Id { get; init; } = "";

    public string? ParentId { get; init; }

    public string? UserId { get; init; }

    public static HassContext Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new HassContext
        {
            Id = json.Text("id") ?? "",
            ParentId = json.Text("parent_id"),
            UserId = json.Text("user_id"),
        };
    }
}
