namespace Gatehouse.HomeAssistant.Connection;

/// <summary>Where HA's websocket API is and the token that opens it.</summary>
/// <remarks>ToString never shows the token: records print every member by default.</remarks>
public sealed record HomeAssistantEndpoint(Uri WebSocketUri, string Token, bool ViaSupervisor)
{
    /// <summary>The add-on way: the Supervisor's proxy at <c>/core/websocket</c>, authenticated with SUPERVISOR_TOKEN.</summary>
    public static HomeAssistantEndpoint ForSupervisor(Uri supervisorUrl, string token) =>
        new(ToWebSocket(supervisorUrl, "core/websocket"), token, ViaSupervisor: true);

    /// <summary>Standalone: HA's own <c>/api/websocket</c> with a long-lived access token.</summary>
    public static HomeAssistantEndpoint Standalone(Uri homeAssistantUrl, string token) =>
        new(ToWebSocket(homeAssistantUrl, "api/websocket"), token, ViaSupervisor: false);

    public override string ToString() => $"{WebSocketUri} (token hidden)";

    private static Uri ToWebSocket(Uri baseUrl, string path)
    {
        var builder = new UriBuilder(baseUrl)
        {
            Scheme = baseUrl.Scheme switch
            {
                "https" or "wss" => "wss",
                _ => "ws",
            },
        };
        if (baseUrl.IsDefaultPort)
        {
            builder.Port = -1;
        }
        builder.Path = builder.Path.TrimEnd('/') + "/" + path;
        return builder.Uri;
    }
}
