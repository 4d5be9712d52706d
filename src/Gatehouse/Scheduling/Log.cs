using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Scheduling;

internal static partial class Log
{
    [LoggerMessage(EventIds.Scheduling + 1, LogLevel.Information, "Security checks done: score {Score}/100, {Failed} failed, {Warned} warnings, {Unavailable} could not be checked.")]
    public static partial void RunFinished(ILogger logger, int score, int failed, int warned, int unavailable);

    [LoggerMessage(EventIds.Scheduling + 2, LogLevel.Warning, "Could not pass the check results on to {Listener}; the next run will try again.")]
    public static partial void ListenerFailed(ILogger logger, Exception exception, string listener);

    [LoggerMessage(EventIds.Scheduling + 3, LogLevel.Information, "The security checks are already running; their results arrive when this run ends, so no second run is started.")]
    public static partial void RunAlreadyUnderWay(ILogger logger);
}
