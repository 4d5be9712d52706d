namespace Gatehouse.HomeAssistant.Supervisor;

/// <summary>The v1 Supervisor endpoints Gatehouse reads (the v2 <c>/v2/apps</c> API is behind a feature flag).</summary>
internal static class SupervisorPaths
{
    public const string MqttService = "/services/mqtt";
    public const string CoreInfo = "/core/info";
    public const string SupervisorInfo = "/supervisor/info";
    public const string OsInfo = "/os/info";
    public const string HostInfo = "/host/info";
    public const string ResolutionInfo = "/resolution/info";
    public const string Addons = "/addons";
    public const string CoreLogs = "/core/logs";
    public const string BackupsInfo = "/backups/info";

    /// <summary>The proxy to Core's websocket API, authenticated by the proxy itself.</summary>
    public const string CoreWebSocket = "/core/websocket";

    public static string AddonInfo(string slug) => $"/addons/{slug}/info";
}
