using Gatehouse.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Logging;

public class LogLineFormatterTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 28, 9, 30, 5, TimeSpan.Zero)) { };

    private static string Format(LogLevel level, string message, Exception? exception = null)
    {
        Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var formatter = new LogLineFormatter(Clock);
        using var writer = new StringWriter();
        var entry = new LogEntry<string>(level, "Gatehouse.Some.Category", new EventId(1), message, exception, (s, _) => s);
        formatter.Write(in entry, null, writer);
        return writer.ToString();
    }

    [Theory]
    [InlineData(LogLevel.Information, "2026-11-28 09:30:05 INFO Gatehouse started.\n")]
    [InlineData(LogLevel.Warning, "2026-11-28 09:30:05 WARNING Gatehouse started.\n")]
    [InlineData(LogLevel.Critical, "2026-11-28 09:30:05 FATAL Gatehouse started.\n")]
    public void Write_OneLineWithTimeLevelAndMessage_NoCategoryNoColour(LogLevel level, string expected)
    {
        var line = Format(level, "Gatehouse started.");

        Assert.Equal(expected, line.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("\u001b[", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Category", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WarningWithException_AddsItsMessageOnTheSameLine()
    {
        var line = Format(LogLevel.Warning, "Could not reach the broker.", new IOException("Connection refused"));

        Assert.Equal("2026-11-28 09:30:05 WARNING Could not reach the broker. (IOException: Connection refused)\n", line.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Write_EmptyMessage_WritesNothing() => Assert.Equal("", Format(LogLevel.Information, ""));

    [Fact]
    public void Write_ControlCharactersInMessageOrException_AreReplacedSoNoLineCanBeForged()
    {
        var line = Format(LogLevel.Warning, "Bad file www/\u001b[31mx\n2026-11-28 09:30:05 INFO forged", new IOException("name\r\nforged too\u0007"));

        Assert.Single(line.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain(line.TrimEnd('\n'), char.IsControl);
        Assert.Contains("www/?[31mx", line, StringComparison.Ordinal);
    }
}
