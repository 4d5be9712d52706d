using Gatehouse.HomeAssistant.Compatibility;
using Gatehouse.HomeAssistant.Messages;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>
/// <c>call_service</c>. <see cref="ReturnResponse"/> must match the service: asking a service without a response
/// for one (or not asking one that requires it) fails with <c>service_validation_error</c>.
/// </summary>
internal sealed record CallServiceCommand(string Domain, string Service)
    : HassCommand<CallServiceResult>("call_service", CallServiceResult.Read)
{
    /// <summary>
    /// 2023.12 added <c>return_response</c> to the command's schema (core PR #98610, in that release's changelog;
    /// services could answer from 2023.7, but the websocket command took the key only then). Earlier releases
    /// validate the message with a schema that rejects unknown keys: even <c>"return_response": false</c> is
    /// answered <c>invalid_format</c> "extra keys not allowed @ data['return_response']. Got False" (seen on 2022.12,
    /// reference/samples/ha-2022.12-notices-and-calls.json). So the key is sent only when a response is wanted:
    /// from 2023.12 it defaults to false (<c>websocket_api/commands.py</c> handle_call_service).
    /// </summary>
    public static readonly HaRelease ServiceResponsesRelease = new(2023, 12);

    public JObject? ServiceData { get; init; }

    public ServiceTarget? Target { get; init; }

    public bool ReturnResponse { get; init; }

    public override HaRelease? Since => ReturnResponse ? ServiceResponsesRelease : null;

    protected override void WriteFields(JObject json)
    {
        json["domain"] = Domain;
        json["service"] = Service;
        if (ServiceData is not null)
        {
            json["service_data"] = ServiceData.DeepClone();
        }
        if (Target is not null)
        {
            json["target"] = Target.ToJson();
        }
        if (ReturnResponse)
        {
            json["return_response"] = true;
        }
    }
}
