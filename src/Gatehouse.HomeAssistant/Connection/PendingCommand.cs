using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Connection;

/// <summary>A command waiting for its result; continuations run off the receive loop.</summary>
internal sealed class PendingCommand(string type)
{
    public string Type { get; } = type;

    public TaskCompletionSource<JToken?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
