using Gatehouse.HomeAssistant.Messages;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>
/// <c>call_service</c>. <see cref="ReturnResponse"/> must match the service: asking a service without a response
/// for one (or not asking one that requires it) fails with <c>service_validation_error</c>.
/// </summary>
internal sealed record CallServiceCommand(
    [property: JsonProperty("domain")] string Domain,
    [property: JsonProperty("service")] string Service)
    : HassCommand<CallServiceResult>("call_service")
{
    [JsonProperty("service_data", NullValueHandling = NullValueHandling.Ignore)]
    public JObject? ServiceData { get; init; }

    [JsonProperty("target", NullValueHandling = NullValueHandling.Ignore)]
    public ServiceTarget? Target { get; init; }

    [JsonProperty("return_response")]
    public bool ReturnResponse { get; init; }
}
