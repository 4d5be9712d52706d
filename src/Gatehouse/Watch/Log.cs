using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Watch;

internal static partial class Log
{
    [LoggerMessage(EventIds.Watch + 1, LogLevel.Warning, "The last check run's record ({Path}) could not be read and was moved to {Aside}; the next run sets a new baseline and sends one summary.")]
    public static partial void LastReportSetAside(ILogger logger, string path, string aside);

    [LoggerMessage(EventIds.Watch + 2, LogLevel.Warning, "The last check run could not be saved to {Path} ({Reason}); after a restart its findings count as new. Check that the add-on's data folder is writable and not full.")]
    public static partial void LastReportNotSaved(ILogger logger, string path, string reason);

    [LoggerMessage(EventIds.Watch + 3, LogLevel.Information, "First check run: score {Score}, {Open} open finding(s). This is the baseline; from now on only what gets worse is alerted.")]
    public static partial void BaselineSet(ILogger logger, int score, int open);

    [LoggerMessage(EventIds.Watch + 4, LogLevel.Warning, "{Count} change(s) made the home less safe since the last check run: {Changes}")]
    public static partial void ChangesFound(ILogger logger, int count, string changes);

    [LoggerMessage(EventIds.Watch + 5, LogLevel.Warning, "No notify target took the change alert; the next check run finds the same changes and sends them again. Check notify_services and HA's log.")]
    public static partial void ChangeNotDelivered(ILogger logger);

    [LoggerMessage(EventIds.Watch + 6, LogLevel.Information, "Compared with the last check run: nothing got worse.")]
    public static partial void NothingWorse(ILogger logger);

    [LoggerMessage(EventIds.Watch + 7, LogLevel.Warning, "Home Assistant refused Gatehouse's subscription to {EventType}: only an administrator's token may follow account changes. New users and administrators are then seen only by the check runs. Outside the add-on, use a long-lived token of an administrator (HA_TOKEN).")]
    public static partial void AccountEventsRefused(ILogger logger, string eventType);

    [LoggerMessage(EventIds.Watch + 8, LogLevel.Debug, "Could not subscribe to {EventType} ({Reason}); trying again.")]
    public static partial void AccountEventsFailed(ILogger logger, string eventType, string reason);

    [LoggerMessage(EventIds.Watch + 9, LogLevel.Warning, "An account change could not be described: {Problem}. The next check run looks at the accounts again.")]
    public static partial void AccountsUnreadable(ILogger logger, string problem);

    [LoggerMessage(EventIds.Watch + 10, LogLevel.Warning, "Account change: {Changes}")]
    public static partial void AccountChanged(ILogger logger, string changes);

    [LoggerMessage(EventIds.Watch + 11, LogLevel.Warning, "No notify target took the account change alert; the next check run reports new administrators again. Check notify_services and HA's log.")]
    public static partial void AccountAlertNotDelivered(ILogger logger);

    [LoggerMessage(EventIds.Watch + 12, LogLevel.Information, "Following account changes: {Count} account(s) now; a new user, a new administrator or a new owner is alerted at once.")]
    public static partial void FollowingAccounts(ILogger logger, int count);

    [LoggerMessage(EventIds.Watch + 13, LogLevel.Information, "Daily summary sent: {Known} failed login(s) from known networks, {Fixed} problem(s) fixed.")]
    public static partial void DigestSent(ILogger logger, int known, int @fixed);

    [LoggerMessage(EventIds.Watch + 14, LogLevel.Warning, "No notify target took the daily summary; it is tried again in an hour. Check notify_services and HA's log.")]
    public static partial void DigestNotDelivered(ILogger logger);

    [LoggerMessage(EventIds.Watch + 15, LogLevel.Warning, "The daily summary could not be put together ({Reason}); it is tried again in an hour.")]
    public static partial void DigestFailed(ILogger logger, string reason);
}
