using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>
/// Any message HA sends (<c>websocket_api/messages.py</c>, <c>auth.py</c>): auth phase (<c>auth_required</c>,
/// <c>auth_ok</c>, <c>auth_invalid</c>), <c>result</c>, <c>event</c> and <c>pong</c>. Payloads stay JSON until the
/// command that asked for them reads them into its own type.
/// </summary>
internal sealed record HassMessage
{
    [JsonProperty("type")]
    public string Type { get; init; } = "";

    /// <summary>Null in the auth phase, and possibly a non-int echo in an <c>invalid_format</c> answer.</summary>
    [JsonProperty("id")]
    public JToken? Id { get; init; }

    [JsonProperty("success")]
    public bool? Success { get; init; }

    [JsonProperty("result")]
    public JToken? Result { get; init; }

    [JsonProperty("error")]
    public HassError? Error { get; init; }

    [JsonProperty("event")]
    public JToken? Event { get; init; }

    [JsonProperty("ha_version")]
    public string? HaVersion { get; init; }

    /// <summary>The reason of <c>auth_invalid</c>.</summary>
    [JsonProperty("message")]
    public string? Message { get; init; }

    /// <summary>The id as HA's ids are: a positive int; anything else is not an answer to a command of ours.</summary>
    public int? CommandId => Id is { Type: JTokenType.Integer } id && (long)id is > 0 and <= int.MaxValue ? (int)id : null;
}
