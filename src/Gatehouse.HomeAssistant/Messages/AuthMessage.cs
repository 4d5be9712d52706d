using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>
/// The one message of the auth phase. Its own type, outside the command hierarchy, so nothing that logs or
/// records commands can ever serialise the token; ToString hides it.
/// </summary>
internal sealed record AuthMessage([property: JsonProperty("access_token")] string AccessToken)
{
    [JsonProperty("type")]
    public string Type => "auth";

    public override string ToString() => "auth (token hidden)";
}
