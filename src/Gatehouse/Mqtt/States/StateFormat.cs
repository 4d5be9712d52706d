using System.Globalization;
using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Mqtt.States;

/// <summary>
/// How values are written for HA: timestamps as ISO 8601 in UTC (what HA's timestamp sensors parse), "None" for
/// an unknown state (HA's PAYLOAD_NONE), and attribute texts and lists cut to stay far below HA's 16 KB limit.
/// </summary>
internal static class StateFormat
{
    /// <summary>HA turns this payload into the state "unknown" (mqtt/const.py PAYLOAD_NONE).</summary>
    public const string Unknown = "None";

    public const int MaxTextLength = 300;
    public const int MaxListItems = 20;
    public const int MaxBannedIps = 50;

    public static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(string? text) =>
        text is null ? "" : text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength - 1), "…");

    public static JArray List(IEnumerable<string> items, int max)
    {
        var list = items.ToList();
        var shown = list.Take(max).Select(Text).ToList();
        if (list.Count > max)
        {
            shown.Add($"… and {list.Count - max} more");
        }
        return new JArray(shown);
    }

    public static string Json(JObject value) => CompactJson.Write(value);

    /// <summary>snake_case of an enum member, as HA attributes are written (TokenRefresh → token_refresh).</summary>
    public static string EnumName<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
