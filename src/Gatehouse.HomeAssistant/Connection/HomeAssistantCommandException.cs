using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.HomeAssistant.Connection;

/// <summary>
/// HA answered a command with an error result: <see cref="Code"/> is HA's code (see <see cref="HassErrorCodes"/>).
/// Also raised, with <c>not_supported</c>, without asking HA when the connected release is older than the command
/// (<see cref="Commands.HassCommand.Since"/>).
/// </summary>
internal sealed class HomeAssistantCommandException(string commandType, HassError error)
    : Exception($"Home Assistant refused {commandType}: {error.Message} ({error.Code})")
{
    public string CommandType { get; } = commandType;

    public string Code { get; } = error.Code;

    public HassError Error { get; } = error;

    /// <summary>This HA does not have the command (or the integration behind it): no point asking again on this release.</summary>
    public bool IsUnsupported => Code is HassErrorCodes.UnknownCommand or HassErrorCodes.NotSupported;
}
