using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.HomeAssistant.Connection;

/// <summary>HA answered a command with an error result: <see cref="Code"/> is HA's code (see <see cref="HassErrorCodes"/>).</summary>
internal sealed class HomeAssistantCommandException(string commandType, HassError error)
    : Exception($"Home Assistant refused {commandType}: {error.Message} ({error.Code})")
{
    public string CommandType { get; } = commandType;

    public string Code { get; } = error.Code;

    public HassError Error { get; } = error;

    public bool IsUnknownCommand => Code == HassErrorCodes.UnknownCommand;
}
