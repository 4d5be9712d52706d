using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Connection;

/// <summary>A command waiting for its result; continuations run off the receive loop.</summary>
internal sealed class PendingCommand(string type, bool holdsReadingOpen)
{
    public string Type { get; } = type;

    /// <summary>While it waits, the connection reads on even when a subscriber is behind (<see cref="ReadGate"/>).</summary>
    public bool HoldsReadingOpen { get; } = holdsReadingOpen;

    public TaskCompletionSource<JToken?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
