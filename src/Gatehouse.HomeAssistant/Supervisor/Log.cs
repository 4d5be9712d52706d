using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant.Supervisor;

/// <summary>Supervisor REST logging, event ids 2500–2599. Never a token or a response body with credentials.</summary>
internal static partial class Log
{
    [LoggerMessage(2500, LogLevel.Debug, "Supervisor {Path}: {Outcome} (HTTP {Status}). {Message}")]
    public static partial void CallProblem(ILogger logger, string path, SupervisorOutcome outcome, int? status, string? message);
}
