using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Watch;

internal static partial class Log
{
    [LoggerMessage(EventIds.Watch + 1, LogLevel.Warning, "The last check run's record ({Path}) could not be read and was moved to {Aside}; the next run sets a new baseline and sends one summary.")]
    public static partial void LastReportSetAside(ILogger logger, string path, string aside);

    [LoggerMessage(EventIds.Watch + 2, LogLevel.Warning, "The last check run could not be saved to {Path} ({Reason}); after a restart its findings count as new. Check that the add-on's data folder is writable and not full.")]
    public static partial void LastReportNotSaved(ILogger logger, string path, string reason);
}
