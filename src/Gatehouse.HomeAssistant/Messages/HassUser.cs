using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>One user of <c>config/auth/list</c> (admin only).</summary>
internal sealed record HassUser
{
    public string Id { get; init; } = "";

    public string? Username { get; init; }

    public string? Name { get; init; }

    public bool IsOwner { get; init; }

    public bool IsActive { get; init; }

    public bool LocalOnly { get; init; }

    public bool SystemGenerated { get; init; }

    public IReadOnlyList<string> GroupIds { get; init; } = [];

    public static HassUser Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new HassUser
        {
            Id = json.Text("id") ?? "",
            Username = json.Text("username"),
            Name = json.Text("name"),
            IsOwner = json.Bool("is_owner") ?? false,
            IsActive = json.Bool("is_active") ?? false,
            LocalOnly = json.Bool("local_only") ?? false,
            SystemGenerated = json.Bool("system_generated") ?? false,
            GroupIds = json.Texts("group_ids") ?? [],
        };
    }
}
