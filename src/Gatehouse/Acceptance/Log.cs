using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Acceptance;

internal static partial class Log
{
    [LoggerMessage(EventIds.Acceptance + 1, LogLevel.Information, "{User} accepted the risk {FindingId} until {Until:yyyy-MM-dd}: {Reason}")]
    public static partial void Accepted(ILogger logger, string user, string findingId, DateTimeOffset until, string reason);

    [LoggerMessage(EventIds.Acceptance + 2, LogLevel.Information, "{User} withdrew the acceptance of {FindingId}; it counts again.")]
    public static partial void Withdrawn(ILogger logger, string user, string findingId);

    [LoggerMessage(EventIds.Acceptance + 3, LogLevel.Warning, "The accepted risks in {File} could not be read ({Reason}); the file was moved to {Aside} and every finding counts again. Accept them again in the panel, or restore the file from a backup.")]
    public static partial void FileUnreadable(ILogger logger, string file, string reason, string aside);

    [LoggerMessage(EventIds.Acceptance + 4, LogLevel.Warning, "The accepted risks in {File} could not be read ({Reason}); every finding counts until it can. Check the data folder's disk and permissions.")]
    public static partial void FileUnavailable(ILogger logger, string file, string reason);
}
