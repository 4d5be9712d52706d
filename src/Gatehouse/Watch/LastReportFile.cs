using System.Text;
using Gatehouse.Checks;
using Gatehouse.Checks.Reports;
using Gatehouse.Logins.Recording;
using Gatehouse.Options;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Watch;

/// <summary>
/// The last check run, kept in the data folder as the JSON report (<c>last_report.json</c>, the schema of
/// <c>audit --format json</c>), so the next run, even after a restart, is compared with it. Written whole through
/// a temporary file: a power cut leaves the old run or the new one. A damaged file is set aside, never fatal.
/// </summary>
internal sealed class LastReportFile(GatehouseEnvironment environment, TimeProvider time, ILogger<LastReportFile> logger)
{
    public const string FileName = "last_report.json";

    /// <summary>A report of every check with hundreds of findings is far smaller; more is not a file Gatehouse wrote.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Path { get; } = System.IO.Path.Combine(environment.DataDirectory, FileName);

    /// <summary>The last run, or null when there is none (first run) or it could not be read (then set aside).</summary>
    public CheckReport? Read()
    {
        var info = new FileInfo(Path);
        if (!info.Exists)
        {
            return null;
        }
        try
        {
            if (info.Length <= MaxBytes && JsonReportReader.Parse(File.ReadAllText(Path, StrictUtf8)) is { } report)
            {
                return report;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            // Unreadable: set aside like a damaged one below.
        }
        SetAside();
        return null;
    }

    /// <summary>Replaces the record with this run; false (logged) when the data folder refused it.</summary>
    public bool Write(CheckReport report)
    {
        var temporary = Path + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, StrictUtf8))
            {
                JsonReport.Write(report, writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, Path, overwrite: true);
            DirectoryFlush.Flush(environment.DataDirectory);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LastReportNotSaved(logger, Path, exception.Message);
            return false;
        }
    }

    private void SetAside()
    {
        var aside = $"{Path}.corrupt-{time.GetUtcNow().UtcDateTime:yyyyMMddHHmmss}";
        try
        {
            File.Move(Path, aside, overwrite: true);
            Log.LastReportSetAside(logger, Path, aside);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.LastReportNotSaved(logger, Path, exception.Message);
        }
    }
}
