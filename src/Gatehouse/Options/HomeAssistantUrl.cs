namespace Gatehouse.Options;

/// <summary>The address of a standalone HA as people write it: the one they open HA with (http/https), or its websocket (ws/wss).</summary>
internal static class HomeAssistantUrl
{
    public static bool TryParse(string text, out Uri url) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out url!) && url.Scheme is "http" or "https" or "ws" or "wss";

    public static string Problem(string text) =>
        $"'{text}' is not a URL; use the address you open HA with, such as http://homeassistant.local:8123.";
}
