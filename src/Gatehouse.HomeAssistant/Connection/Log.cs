using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant.Connection;

/// <summary>Connection (session) logging, event ids 2200–2299. Message payloads are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(2200, LogLevel.Debug, "Home Assistant sent a {Type} message for id {Id}, which nothing waits for; ignored.")]
    public static partial void Unmatched(ILogger logger, string type, string id);

    [LoggerMessage(2201, LogLevel.Debug, "Home Assistant sent a message of unknown type '{Type}'; ignored.")]
    public static partial void UnknownType(ILogger logger, string type);

    [LoggerMessage(2202, LogLevel.Warning, "Gatehouse has not kept up with Home Assistant's events for {Seconds:0} s (a storm of failed logins, or a slow disk). It reads them on into memory until it is down to {ResumeAt} waiting, so that Home Assistant does not drop the connection and the events with it.")]
    public static partial void ReadingOnAfterLongHold(ILogger logger, double seconds, int resumeAt);
}
