using System.Net;
using Gatehouse.Logging;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Panel;

internal static partial class Log
{
    [LoggerMessage(EventIds.Panel + 1, LogLevel.Information, "The panel listens on http://{Address}/ and answers only {Peers}.")]
    public static partial void Listening(ILogger logger, string address, string peers);

    [LoggerMessage(EventIds.Panel + 2, LogLevel.Error, "The panel could not listen on {Address} ({Reason}); Gatehouse goes on without it. Free the port, or set GATEHOUSE_PANEL to another host:port (or 'off').")]
    public static partial void ListenFailed(ILogger logger, IPEndPoint address, string reason);

    [LoggerMessage(EventIds.Panel + 3, LogLevel.Warning, "The panel refused a request from {Peer}: it answers only {Peers}. Open it from Home Assistant's sidebar; further refusals are counted, not logged.")]
    public static partial void PeerRefused(ILogger logger, string peer, string peers);

    [LoggerMessage(EventIds.Panel + 4, LogLevel.Information, "The panel is off (GATEHOUSE_PANEL=off).")]
    public static partial void Off(ILogger logger);

    [LoggerMessage(EventIds.Panel + 5, LogLevel.Information, "{User} asked for a security check run from the panel.")]
    public static partial void RunRequested(ILogger logger, string user);
}
