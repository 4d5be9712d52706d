using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>Client logging, event ids 2000–2099. Never a token: endpoints print without it, frames are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "Connected to Home Assistant {Version} at {Address}.")]
    public static partial void Connected(ILogger logger, string version, Uri address);

    [LoggerMessage(2001, LogLevel.Information, "Connected to Home Assistant {Version} again (after {Failures} failed attempts); subscriptions renewed.")]
    public static partial void Reconnected(ILogger logger, string version, int failures);

    [LoggerMessage(2002, LogLevel.Warning, "Lost the connection to Home Assistant ({Detail}); it may be restarting. Reconnecting.")]
    public static partial void ConnectionLost(ILogger logger, string detail);

    [LoggerMessage(2003, LogLevel.Warning, "Cannot connect to Home Assistant at {Address}: {Detail}. Retrying in {Seconds:0} s; check that Home Assistant is running and the address is right.")]
    public static partial void ConnectFailed(ILogger logger, Uri address, string detail, double seconds);

    [LoggerMessage(2004, LogLevel.Debug, "Still cannot connect to Home Assistant (attempt {Attempt}): {Detail}. Retrying in {Seconds:0.0} s.")]
    public static partial void ConnectFailedAgain(ILogger logger, int attempt, string detail, double seconds);

    [LoggerMessage(2005, LogLevel.Error, "Home Assistant refused the add-on's access ({Reason}). Fix: the add-on needs 'homeassistant_api: true' in its configuration; update or reinstall it, then restart it. Retrying every {Minutes:0} min.")]
    public static partial void AuthInvalidAddon(ILogger logger, string reason, double minutes);

    [LoggerMessage(2006, LogLevel.Error, "Home Assistant refused the access token in HA_TOKEN ({Reason}). Fix: create a long-lived access token in your Home Assistant profile (Security tab), set HA_TOKEN to it and restart Gatehouse. Retrying every {Minutes:0} min.")]
    public static partial void AuthInvalidStandalone(ILogger logger, string reason, double minutes);

    [LoggerMessage(2007, LogLevel.Debug, "Home Assistant still refuses the token (attempt {Attempt}); next try in {Minutes:0.0} min.")]
    public static partial void AuthInvalidAgain(ILogger logger, int attempt, double minutes);

    [LoggerMessage(2008, LogLevel.Warning, "Home Assistant did not answer a ping within {Seconds:0} s: the link is dead. Reconnecting.")]
    public static partial void HeartbeatMissed(ILogger logger, double seconds);

    [LoggerMessage(2009, LogLevel.Warning, "Home Assistant refused to renew the subscription '{Command}' after reconnecting: {Reason}")]
    public static partial void RenewRefused(ILogger logger, string command, string reason);

    [LoggerMessage(2010, LogLevel.Debug, "Skipped an event of '{Command}' that could not be read.")]
    public static partial void SkippedEvent(ILogger logger, string command);

    [LoggerMessage(2011, LogLevel.Debug, "Could not unsubscribe '{Command}': {Reason}")]
    public static partial void UnsubscribeFailed(ILogger logger, string command, string reason);

    [LoggerMessage(2013, LogLevel.Warning, "Home Assistant {Version} is older than {Oldest}, the oldest release Gatehouse supports: alerts and entities may not work. Update Home Assistant (Settings > System > Updates).")]
    public static partial void ReleaseTooOld(ILogger logger, string version, string oldest);

    [LoggerMessage(2012, LogLevel.Error, "Unexpected error in the Home Assistant connection; reconnecting in {Seconds:0.0} s.")]
    public static partial void Unexpected(ILogger logger, Exception exception, double seconds);
}
