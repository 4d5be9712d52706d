using System.Globalization;
using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Logins.Recording;

/// <summary>
/// The attempt log's lines, read and written by hand, without Newtonsoft's reflection serializer (which keeps
/// System.Private.Xml and System.Data in the NativeAOT binary). Written as that serializer wrote them (snake_case
/// names and enum values, no nulls, one line); read as it read them, so a log from any release reads the same and
/// every line it rejected is still rejected (AttemptLogJsonTests pins each case): names in any case (HA's records
/// match exactly; the log keeps the serializer's rule, so no old line reads differently), values converted as
/// <see cref="JsonRead"/> converts HA's, unknown keys ignored, at most <see cref="MaxDepth"/> deep, nothing after
/// the object.
/// </summary>
internal static class AttemptLogJson
{
    public const int MaxDepth = 16;

    private static readonly string[] EventTypes = ["failed_login", "ip_banned"];
    private static readonly string[] EventTypeNames = [nameof(LoginEventType.FailedLogin), nameof(LoginEventType.IpBanned)];
    private static readonly string[] Kinds = ["unknown", "password", "token_refresh", "api_token"];
    private static readonly string[] KindNames =
        [nameof(LoginAttemptKind.Unknown), nameof(LoginAttemptKind.Password), nameof(LoginAttemptKind.TokenRefresh), nameof(LoginAttemptKind.ApiToken)];

    public static string Write(AttemptRecord record) => CompactJson.Write(record, Write);

    private static void Write(JsonTextWriter json, AttemptRecord record)
    {
        json.WriteStartObject();
        Write(json, "line", record.Line);
        Write(json, "key", record.Key);
        if (record.Attempt is { } attempt)
        {
            json.WritePropertyName("attempt");
            Write(json, attempt);
        }
        if (record.Total is { } total)
        {
            json.WritePropertyName("total");
            json.WriteValue(total);
        }
        if (record.Folded is { } folded)
        {
            json.WritePropertyName("folded");
            json.WriteValue(folded);
        }
        json.WriteEndObject();
    }

    /// <summary>Null for a line that is not a valid record (a torn write, a stray edit).</summary>
    public static AttemptRecord? Read(string line)
    {
        try
        {
            if (Parse(line) is not JObject json)
            {
                return null;
            }
            var record = new AttemptRecord
            {
                Line = Text(json, "line") ?? throw new JsonSerializationException("The line has no kind."),
                Key = Text(json, "key"),
                Attempt = Field(json, "attempt") is { Type: not JTokenType.Null } attempt ? ReadAttempt(attempt) : null,
                Total = Total(Field(json, "total")),
                Folded = JsonRead.Bool(Field(json, "folded")),
            };
            return record switch
            {
                { Line: AttemptRecord.AttemptLine or AttemptRecord.DetailsLine, Key: not null, Attempt: not null } => record,
                { Line: AttemptRecord.AlertedLine, Key: not null } => record,
                { Line: AttemptRecord.CarryLine, Total: >= 0 } => record,
                _ => null,
            };
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or FormatException or OverflowException or InvalidCastException)
        {
            return null;
        }
    }

    private static void Write(JsonTextWriter json, LoginAttempt attempt)
    {
        json.WriteStartObject();
        Write(json, "type", EventTypes[(int)attempt.Type]);
        json.WritePropertyName("time");
        json.WriteValue(attempt.Time);
        Write(json, "ip", attempt.Ip);
        Write(json, "host", attempt.Host);
        Write(json, "kind", Kinds[(int)attempt.Kind]);
        Write(json, "url", attempt.Url);
        Write(json, "user_agent", attempt.UserAgent);
        Write(json, "raw_message", attempt.RawMessage);
        json.WriteEndObject();
    }

    /// <summary>Writes a text field; a null one is left out.</summary>
    private static void Write(JsonTextWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WritePropertyName(name);
            json.WriteValue(value);
        }
    }

    /// <summary>One JSON value and nothing after it but comments; null for an empty line. Dates stay text until a field asks.</summary>
    private static JToken? Parse(string line)
    {
        using var reader = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None, MaxDepth = MaxDepth };
        if (!reader.Read())
        {
            return null;
        }
        var token = JToken.ReadFrom(reader);
        while (reader.Read())
        {
            if (reader.TokenType != JsonToken.Comment)
            {
                throw new JsonReaderException("Text after the record.");
            }
        }
        return token;
    }

    private static LoginAttempt ReadAttempt(JToken token)
    {
        var json = token as JObject ?? throw new JsonSerializationException("An attempt is an object.");
        // A missing time reads as the earliest, as it always did; a null or empty one is rejected.
        var time = Field(json, "time") is { } written
            ? JsonRead.Date(written) ?? throw new JsonSerializationException("An attempt's time is not a date.")
            : default;
        return new LoginAttempt(
            (LoginEventType)EnumValue(Field(json, "type"), EventTypes, EventTypeNames),
            time,
            Text(json, "ip"),
            Text(json, "host"),
            (LoginAttemptKind)EnumValue(Field(json, "kind"), Kinds, KindNames),
            Text(json, "url"),
            Text(json, "user_agent"),
            Text(json, "raw_message"));
    }

    /// <summary>A field by its name; the exact name first, then in any case.</summary>
    private static JToken? Field(JObject json, string name) => json.GetValue(name, StringComparison.OrdinalIgnoreCase);

    private static string? Text(JObject json, string name) => JsonRead.Text(Field(json, name));

    /// <summary>A count: a number or a number's text, rounded as Newtonsoft rounds it.</summary>
    private static long? Total(JToken? token) => token is null ? null : (long?)token;

    /// <summary>
    /// An enum field: its snake_case value or C# name (exactly, else in any case) or its number, as Newtonsoft's
    /// StringEnumConverter read the values Gatehouse wrote. Missing reads as the first; anything else is rejected,
    /// a number the enum does not define too (it would fail when the line is written again at compaction).
    /// </summary>
    private static int EnumValue(JToken? token, string[] values, string[] names)
    {
        var value = token switch
        {
            null => 0,
            { Type: JTokenType.Integer } => (long)token < values.Length ? (int)(long)token : -1,
            { Type: JTokenType.String } => Match((string)token!, values, names, StringComparison.Ordinal)
                ?? Match(((string)token!).Trim(), values, names, StringComparison.OrdinalIgnoreCase)
                ?? (int.TryParse((string)token!, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number < values.Length ? number : -1),
            _ => -1,
        };
        return value >= 0 ? value : throw new JsonSerializationException("Not a known name or number.");
    }

    private static int? Match(string text, string[] values, string[] names, StringComparison comparison)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (string.Equals(text, values[i], comparison) || string.Equals(text, names[i], comparison))
            {
                return i;
            }
        }
        return null;
    }
}
