using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>
/// A command sent in the command phase. Each command sets its fixed <c>type</c>; the connection adds the id at
/// send time, under the same lock as the send, so ids strictly increase on the wire.
/// </summary>
internal abstract record HassCommand
{
    protected HassCommand(string type) => Type = type;

    [JsonProperty("type")]
    public string Type { get; }
}
