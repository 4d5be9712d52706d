using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>The result of <c>call_service</c>: the context, and the response when it was asked for.</summary>
internal sealed record CallServiceResult
{
    [JsonProperty("context")]
    public HassContext? Context { get; init; }

    [JsonProperty("response")]
    public JToken? Response { get; init; }
}
