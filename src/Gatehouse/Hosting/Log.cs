using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Hosting;

internal static partial class Log
{
    [LoggerMessage(EventIds.Hosting + 1, LogLevel.Information, "Gatehouse {Version} starting. {Configuration}")]
    public static partial void Starting(ILogger logger, string version, string configuration);

    [LoggerMessage(EventIds.Hosting + 2, LogLevel.Information, "Gatehouse stopped.")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventIds.Hosting + 3, LogLevel.Warning, "No Home Assistant to watch: set HA_URL and HA_TOKEN, or run Gatehouse as an add-on. Only the checks that read the config folder will run.")]
    public static partial void NoHomeAssistant(ILogger logger);
}
