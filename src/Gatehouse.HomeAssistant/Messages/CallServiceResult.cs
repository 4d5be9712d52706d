using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>The result of <c>call_service</c>: the context, and the response when it was asked for.</summary>
internal sealed record CallServiceResult
{
    public HassContext? Context { get; init; }

    public JToken? Response { get; init; }

    public static CallServiceResult Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new CallServiceResult
        {
            Context = json.Record("context", HassContext.Read),
            Response = json.Any("response"),
        };
    }
}
