using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>
/// Any message HA sends (<c>websocket_api/messages.py</c>, <c>auth.py</c>): auth phase (<c>auth_required</c>,
/// <c>auth_ok</c>, <c>auth_invalid</c>), <c>result</c>, <c>event</c> and <c>pong</c>. Payloads stay JSON until the
/// command that asked for them reads them into its own type.
/// </summary>
internal sealed record HassMessage
{
    public string Type { get; init; } = "";

    /// <summary>Null in the auth phase, and possibly a non-int echo in an <c>invalid_format</c> answer.</summary>
    public JToken? Id { get; init; }

    public bool? Success { get; init; }

    public JToken? Result { get; init; }

    public HassError? Error { get; init; }

    public JToken? Event { get; init; }

    public string? HaVersion { get; init; }

    /// <summary>The reason of <c>auth_invalid</c>.</summary>
    public string? Message { get; init; }

    /// <summary>The id as HA's ids are: a positive int; anything else is not an answer to a command of ours.</summary>
    public int? CommandId => Id is { Type: JTokenType.Integer } id && (long)id is > 0 and <= int.MaxValue ? (int)id : null;

    public static HassMessage Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new HassMessage
        {
            Type = json.Text("type") ?? "",
            Id = json.Payload("id"),
            Success = json.Bool("success"),
            Result = json.Payload("result"),
            Error = json.Record("error", HassError.Read),
            Event = json.Payload("event"),
            HaVersion = json.Text("ha_version"),
            Message = json.Text("message"),
        };
    }
}
