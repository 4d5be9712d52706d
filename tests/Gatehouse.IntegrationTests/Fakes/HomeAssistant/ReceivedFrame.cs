using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>One message the fake received in the command phase, with the connection it came on (1, 2, …).</summary>
internal sealed record ReceivedFrame(int Connection, JObject Message)
{
    public string? Type => (string?)Message["type"];

    public JToken? Id => Message["id"];
}
