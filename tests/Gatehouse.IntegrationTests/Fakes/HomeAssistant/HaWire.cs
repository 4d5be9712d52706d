using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// Messages exactly as HA writes them (<c>websocket_api/messages.py</c>, <c>auth.py</c>): compact JSON, the
/// same keys in the same order; times as Python's <c>isoformat()</c> of an aware UTC datetime.
/// </summary>
internal static class HaWire
{
    public static string AuthRequired(string version) => Compact(new JObject { ["type"] = "auth_required", ["ha_version"] = version });

    public static string AuthOk(string version) => Compact(new JObject { ["type"] = "auth_ok", ["ha_version"] = version });

    public static string AuthInvalid(string message) => Compact(new JObject { ["type"] = "auth_invalid", ["message"] = message });

    public static string Result(JToken? id, JToken? result) =>
        Compact(new JObject { ["id"] = id, ["type"] = "result", ["success"] = true, ["result"] = result ?? JValue.CreateNull() });

    public static string Error(JToken? id, string code, string message) =>
        Compact(new JObject
        {
            ["id"] = id,
            ["type"] = "result",
            ["success"] = false,
            ["error"] = new JObject { ["code"] = code, ["message"] = message },
        });

    /// <summary>An error with HA's translation keys (<c>messages.error_message</c> adds them only when a key is set).</summary>
    public static string Error(int id, string code, string message, string translationKey, JObject placeholders)
    {
        var error = JObject.Parse(Error(id, code, message));
        error["error"]!["translation_key"] = translationKey;
        error["error"]!["translation_placeholders"] = placeholders;
        error["error"]!["translation_domain"] = "homeassistant";
        return Compact(error);
    }

    public static string Event(int id, JToken payload) => Compact(new JObject { ["id"] = id, ["type"] = "event", ["event"] = payload });

    public static string Pong(int id) => Compact(new JObject { ["id"] = id, ["type"] = "pong" });

    public static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>A context as HA makes them: a ULID-like id, no parent.</summary>
    public static JObject Context(string? userId = null) => new()
    {
        ["id"] = Guid.NewGuid().ToString("N")[..26].ToUpperInvariant(),
        ["parent_id"] = null,
        ["user_id"] = userId,
    };

    public static string Compact(JToken token) => token.ToString(Formatting.None);
}
