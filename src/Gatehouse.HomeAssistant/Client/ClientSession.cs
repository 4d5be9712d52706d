using Gatehouse.HomeAssistant.Connection;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>A ready connection and the signal that the client has moved past it, so callers wait for the next one without spinning.</summary>
internal sealed class ClientSession(HomeAssistantConnection connection)
{
    public HomeAssistantConnection Connection { get; } = connection;

    public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
