namespace Gatehouse.HomeAssistant.Connection;

/// <summary>
/// The connection to HA failed or ended; <see cref="Reason"/> says how. When <see cref="CommandMayHaveRun"/> is
/// true the command in flight reached HA and may have run; when false it never left, and is safe to send again.
/// </summary>
internal sealed class HomeAssistantConnectionException(
    DisconnectReason reason, string message, bool commandMayHaveRun = true, Exception? inner = null)
    : Exception(message, inner)
{
    public DisconnectReason Reason { get; } = reason;

    public bool CommandMayHaveRun { get; } = commandMayHaveRun;
}
