using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Checks;

internal static partial class Log
{
    [LoggerMessage(EventIds.Checks + 1, LogLevel.Warning, "The {CheckId} check did not finish within {Seconds} s; it is reported as unavailable.")]
    public static partial void CheckTimedOut(ILogger logger, string checkId, double seconds);

    [LoggerMessage(EventIds.Checks + 2, LogLevel.Error, "The {CheckId} check stopped with an error; it is reported as unavailable.")]
    public static partial void CheckFailed(ILogger logger, Exception exception, string checkId);
}
