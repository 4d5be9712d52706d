using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant.Transport;

/// <summary>Websocket transport logging, event ids 2100–2199. Frames are never logged: they may carry secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(2100, LogLevel.Debug, "Skipped a frame from Home Assistant, or its rest ({Length} bytes): {Reason}")]
    public static partial void SkippedFrame(ILogger logger, int length, string reason);
}
