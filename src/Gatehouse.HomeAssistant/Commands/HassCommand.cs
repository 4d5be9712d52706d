using Gatehouse.HomeAssistant.Compatibility;
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

    /// <summary>
    /// The first release that accepts this command as it stands, or null when every supported release does. On an
    /// older HA the connection refuses it without sending: HA would answer <c>unknown_command</c> or reject an
    /// unknown key, and log an error for it.
    /// </summary>
    [JsonIgnore]
    public virtual HaRelease? Since => null;
}
