using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>One user of <c>config/auth/list</c> (admin only).</summary>
internal sealed record HassUser
{
    [JsonProperty("id")]
    public string Id { get; init; } = "";

    [JsonProperty("username")]
    public string? Username { get; init; }

    [JsonProperty("name")]
    public string? Name { get; init; }

    [JsonProperty("is_owner")]
    public bool IsOwner { get; init; }

    [JsonProperty("is_active")]
    public bool IsActive { get; init; }

    [JsonProperty("local_only")]
    public bool LocalOnly { get; init; }

    [JsonProperty("system_generated")]
    public bool SystemGenerated { get; init; }

    [JsonProperty("group_ids")]
    public IReadOnlyList<string> GroupIds { get; init; } = [];
}
