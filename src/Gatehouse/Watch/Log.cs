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
}
