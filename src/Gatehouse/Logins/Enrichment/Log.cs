using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins.Enrichment;

internal static partial class Log
{
    [LoggerMessage(EventIds.Logins + 47, LogLevel.Debug, "Reading HA's log for details of an attempt failed: {Reason}. The alert goes out without them.")]
    public static partial void LogSourceFailed(ILogger logger, string reason);
}
