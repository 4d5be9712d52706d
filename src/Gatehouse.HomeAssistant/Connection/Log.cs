using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant.Connection;

/// <summary>Connection (session) logging, event ids 2200–2299. Message payloads are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(2200, LogLevel.Debug, "Home Assistant sent a {Type} message for id {Id}, which nothing waits for; ignored.")]
    public static partial void Unmatched(ILogger logger, string type, string id);

    [LoggerMessage(2201, LogLevel.Debug, "Home Assistant sent a message of unknown type '{Type}'; ignored.")]
    public static partial void UnknownType(ILogger logger, string type);
}
