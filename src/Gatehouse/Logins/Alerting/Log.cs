using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins.Alerting;

internal static partial class Log
{
    [LoggerMessage(EventIds.Logins + 20, LogLevel.Warning, "An alert could not be delivered to any notify target; retrying in {Delay}. HA's notice stays until it goes out.")]
    public static partial void DeliveryFailed(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventIds.Logins + 21, LogLevel.Debug, "Alert delivery failed again ({Failures} tries); next try in {Delay}.")]
    public static partial void DeliveryFailedAgain(ILogger logger, int failures, TimeSpan delay);

    [LoggerMessage(EventIds.Logins + 22, LogLevel.Information, "A delayed alert was delivered after {Failures} failed tries.")]
    public static partial void DeliveredAfterRetry(ILogger logger, int failures);

    [LoggerMessage(EventIds.Logins + 24, LogLevel.Warning, "Could not dismiss HA's notice {NotificationId}; it stays visible.")]
    public static partial void DismissFailed(ILogger logger, string notificationId);

    [LoggerMessage(EventIds.Logins + 43, LogLevel.Warning, "notify_services lists {Target}, which Home Assistant does not know. Check the name under Developer tools > Actions (a notify service) or Settings > Entities (a notify entity).")]
    public static partial void UnknownTarget(ILogger logger, string target);

    [LoggerMessage(EventIds.Logins + 44, LogLevel.Warning, "Sending the alert to {Target} failed: {Reason}.")]
    public static partial void TargetFailed(ILogger logger, string target, string reason);
}
