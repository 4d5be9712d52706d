using Gatehouse.HomeAssistant.Compatibility;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>
/// A command sent in the command phase. Each command sets its fixed <c>type</c>; the connection adds the id at
/// send time, under the same lock as the send, so ids strictly increase on the wire.
/// </summary>
internal abstract record HassCommand
{
    protected HassCommand(string type) => Type = type;

    public string Type { get; }

    /// <summary>
    /// The first release that accepts this command as it stands, or null when every supported release does. On an
    /// older HA the connection refuses it without sending: HA would answer <c>unknown_command</c> or reject an
    /// unknown key, and log an error for it.
    /// </summary>
    public virtual HaRelease? Since => null;

    /// <summary>
    /// True when whoever sends it reads on while the answer is out (an alert, a dismiss): the answer may then wait
    /// behind a storm of events, and reading stays paced to the subscribers (<see cref="Connection.ReadGate"/>). False,
    /// the default: the sender may be what reads those events, so the connection reads on until the answer is in.
    /// </summary>
    public bool AnswerMayWaitBehindEvents { get; init; }

    /// <summary>The message as HA's schema for it names the keys, without the id.</summary>
    public JObject ToJson()
    {
        var json = new JObject { ["type"] = Type };
        WriteFields(json);
        return json;
    }

    /// <summary>Adds the command's own keys; HA rejects keys its schema does not know, so only those it takes.</summary>
    protected virtual void WriteFields(JObject json)
    {
    }
}
