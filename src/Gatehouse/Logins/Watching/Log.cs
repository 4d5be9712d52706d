using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins.Watching;

internal static partial class Log
{
    [LoggerMessage(EventIds.Logins + 40, LogLevel.Information, "Watching Home Assistant's notices for failed logins and bans.")]
    public static partial void WatchingNotifications(ILogger logger);

    [LoggerMessage(EventIds.Logins + 41, LogLevel.Information, "Watching Home Assistant's notice entities for failed logins and bans (this Home Assistant is older than 2023.6).")]
    public static partial void WatchingLegacyEntities(ILogger logger);

    [LoggerMessage(EventIds.Logins + 49, LogLevel.Information, "Home Assistant is now {Version}: following its notices through the notification subscription.")]
    public static partial void HomeAssistantUpgraded(ILogger logger, string version);

    [LoggerMessage(EventIds.Logins + 42, LogLevel.Warning, "Could not subscribe to Home Assistant's notices ({Reason}); trying again when the connection is back.")]
    public static partial void SubscribeFailed(ILogger logger, string reason);

    [LoggerMessage(EventIds.Logins + 45, LogLevel.Warning, "No notify_services are set: failed logins are recorded and shown as entities, and HA's own notice is left in place as the only alert. Add your phone's notify service in the add-on's Configuration tab.")]
    public static partial void NoTargets(ILogger logger);

    [LoggerMessage(EventIds.Logins + 46, LogLevel.Debug, "HA's time zone {TimeZone} is unknown here; alert times are in UTC.")]
    public static partial void UnknownTimeZone(ILogger logger, string timeZone);

    [LoggerMessage(EventIds.Logins + 48, LogLevel.Warning, "Could not read Home Assistant's time zone and notify targets ({Reason}); alerts still go out, and Gatehouse tries again when the connection is back.")]
    public static partial void ConnectionSetupFailed(ILogger logger, string reason);
}
