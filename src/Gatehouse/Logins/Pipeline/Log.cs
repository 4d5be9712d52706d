using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins.Pipeline;

internal static partial class Log
{
    // The alert's fate is logged by the delivery (only failures, and only with notify targets configured).
    [LoggerMessage(EventIds.Logins + 23, LogLevel.Information, "{Type} from {Ip}: recorded.")]
    public static partial void AttemptRecorded(ILogger logger, LoginEventType type, string ip);

    // Debug: in a storm of thousands, one Information line per folded attempt would flood the Log tab.
    [LoggerMessage(EventIds.Logins + 27, LogLevel.Debug, "{Type} from {Ip}: recorded, folded into the next summary.")]
    public static partial void AttemptFolded(ILogger logger, LoginEventType type, string ip);

    [LoggerMessage(EventIds.Logins + 25, LogLevel.Warning, "The entities could not be told of a login attempt; the attempt itself was recorded.")]
    public static partial void ListenerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventIds.Logins + 28, LogLevel.Error, "Handling a login notice failed unexpectedly; Gatehouse goes on watching. Please report this with the lines around it.")]
    public static partial void BatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventIds.Logins + 29, LogLevel.Information, "HA's notice {NotificationId} was removed before its alert went out; the alert still goes out.")]
    public static partial void RemovedBeforeAlert(ILogger logger, string notificationId);

    [LoggerMessage(EventIds.Logins + 26, LogLevel.Information, "Attempts recorded before the last stop without an alert: {Count}. They go out now, as one digest.")]
    public static partial void LeftoversFound(ILogger logger, int count);

    [LoggerMessage(EventIds.Logins + 60, LogLevel.Information, "Failed login from {Ip}, in your known network {Network}: recorded and counted for the daily summary, no push.")]
    public static partial void AttemptQuiet(ILogger logger, string ip, string network);

    [LoggerMessage(EventIds.Logins + 30, LogLevel.Debug, "Looking up HA's log for {Count} addresses given up: a storm of notices is queued behind the answer. The attempts keep what their notices say.")]
    public static partial void LogLookupGivenUp(ILogger logger, int count);
}
