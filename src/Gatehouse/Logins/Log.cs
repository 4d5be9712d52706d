using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins;

internal static partial class Log
{
    [LoggerMessage(EventIds.Logins + 1, LogLevel.Warning, "The attempt log {Path} is not a regular file (a link?); it was moved to {AsidePath} and a new one started. Gatehouse only ever writes a plain file there.")]
    public static partial void AttemptLogSetAside(ILogger logger, string path, string asidePath);

    [LoggerMessage(EventIds.Logins + 2, LogLevel.Warning, "Skipped {Count} damaged line(s) of the attempt log {Path}; the other attempts were kept.")]
    public static partial void AttemptLogLinesSkipped(ILogger logger, int count, string path);

    [LoggerMessage(EventIds.Logins + 3, LogLevel.Error, "Cannot write the attempt log {Path}: {Reason}. Alerts still go out, but attempts are not kept across a restart. Free disk space or make the data folder writable.")]
    public static partial void AttemptLogWriteFailed(ILogger logger, string path, string reason);

    [LoggerMessage(EventIds.Logins + 4, LogLevel.Information, "The attempt log {Path} is writable again.")]
    public static partial void AttemptLogWritable(ILogger logger, string path);

    [LoggerMessage(EventIds.Logins + 5, LogLevel.Information, "Attempt log loaded: {Count} attempt(s) kept, {Total} in all.")]
    public static partial void AttemptLogLoaded(ILogger logger, int count, long total);
}
