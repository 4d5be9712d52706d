using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>
/// The one message of the auth phase. Its own type, outside the command hierarchy, so nothing that logs or
/// records commands can ever serialise the token; ToString hides it.
/// </summary>
internal sealed record AuthMessage(string AccessToken)
{
    public string Type => "auth";

    public JObject ToJson() => new() { ["type"] = Type, ["access_token"] = AccessToken };

    public override string ToString() => "auth (token hidden)";
}
