using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Gatehouse.Logging;

/// <summary>Console logging at the owner's <c>log_level</c>, in <see cref="LogLineFormatter"/>'s format.</summary>
internal static class LoggingSetup
{
    public static ILoggingBuilder AddGatehouseConsole(this ILoggingBuilder logging, AddonLogLevel level)
    {
        var minimum = ToLogLevel(level);
        logging.ClearProviders();
        logging.SetMinimumLevel(minimum);
        // Framework chatter ("Hosting environment", Quartz's banner) only when the owner asks for debug.
        var frameworkMinimum = minimum <= LogLevel.Debug ? minimum : LogLevel.Warning;
        logging.AddFilter("Microsoft", frameworkMinimum);
        logging.AddFilter("System", frameworkMinimum);
        logging.AddFilter("Quartz", frameworkMinimum);
        logging.AddConsole(options => options.FormatterName = LogLineFormatter.FormatterName);
        logging.Services.AddSingleton<ConsoleFormatter>(sp => new LogLineFormatter(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return logging;
    }

    public static LogLevel ToLogLevel(AddonLogLevel level) => level switch
    {
        AddonLogLevel.Trace => LogLevel.Trace,
        AddonLogLevel.Debug => LogLevel.Debug,
        AddonLogLevel.Info or AddonLogLevel.Notice => LogLevel.Information,
        AddonLogLevel.Warning => LogLevel.Warning,
        AddonLogLevel.Error => LogLevel.Error,
        AddonLogLevel.Fatal => LogLevel.Critical,
        _ => LogLevel.Information,
    };
}
