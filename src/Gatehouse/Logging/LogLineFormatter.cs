using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Gatehouse.Logging;

/// <summary>
/// One line per entry, as the Supervisor's Log tab shows it best: <c>2026-11-28 10:00:00 WARNING message</c>.
/// No category names (they mean nothing to a home owner) and no colour codes (the Log tab is not a terminal).
/// Messages carry names and texts from the config folder, HA and the network: their control characters are
/// replaced (<see cref="PrintableText"/>), so no value can colour the log or forge a line of it.
/// </summary>
internal sealed class LogLineFormatter(TimeProvider timeProvider) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "gatehouse";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }
        var time = timeProvider.GetLocalNow().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        textWriter.Write(time);
        textWriter.Write(' ');
        textWriter.Write(Label(logEntry.LogLevel));
        textWriter.Write(' ');
        textWriter.Write(PrintableText.Clean(message));
        if (logEntry.Exception is { } exception)
        {
            // The message already says what to do; the exception text helps a maintainer read a bug report.
            textWriter.Write(" (");
            textWriter.Write(exception.GetType().Name);
            textWriter.Write(": ");
            textWriter.Write(PrintableText.Clean(exception.Message));
            textWriter.Write(')');
            if (logEntry.LogLevel >= LogLevel.Error)
            {
                textWriter.WriteLine();
                textWriter.Write(exception.StackTrace);
            }
        }
        textWriter.WriteLine();
    }

    private static string Label(LogLevel level) => level switch
    {
        LogLevel.Trace => "TRACE",
        LogLevel.Debug => "DEBUG",
        LogLevel.Information => "INFO",
        LogLevel.Warning => "WARNING",
        LogLevel.Error => "ERROR",
        LogLevel.Critical => "FATAL",
        _ => level.ToString().ToUpperInvariant(),
    };
}
