using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Json;

/// <summary>
/// One JSON value read as a record field wants it. Primitives convert exactly as Newtonsoft's serializer converted
/// them, because the same code does it (<see cref="JTokenReader"/>'s ReadAs… methods): a number where text is
/// expected reads as its text, <c>"1883"</c> as the int 1883, <c>"true"</c> as true, an empty string as no date.
/// Missing and JSON null read as null, so the record keeps its default. A value that does not fit throws a
/// <see cref="JsonException"/> naming its path.
/// </summary>
internal static class JsonRead
{
    // Text, flags and whole numbers of their own JSON type are taken as they are, which is what the reader would
    // give: every notice of a storm reads several, and a reader per value was much of what a notice cost to read.
    public static string? Text(JToken? token) =>
        token is JValue { Type: JTokenType.String, Value: string text } ? text : Primitive(token, static reader => reader.ReadAsString());

    public static bool? Bool(JToken? token) =>
        token is JValue { Type: JTokenType.Boolean, Value: bool flag } ? flag : Primitive(token, static reader => reader.ReadAsBoolean());

    public static int? Int(JToken? token) =>
        token is JValue { Type: JTokenType.Integer, Value: long number and >= int.MinValue and <= int.MaxValue }
            ? (int)number
            : Primitive(token, static reader => reader.ReadAsInt32());

    public static double? Number(JToken? token) => Primitive(token, static reader => reader.ReadAsDouble());

    public static DateTimeOffset? Date(JToken? token) => Primitive(token, static reader => reader.ReadAsDateTimeOffset());

    /// <summary>
    /// A copy of the object, where a record keeps HA's JSON because its shape is open (attributes, a response): a
    /// record kept for long must not keep the whole answer it came in alive (a 64 MiB get_states).
    /// </summary>
    public static JObject? Object(JToken? token) => (JObject?)ObjectInPlace(token)?.DeepClone();

    /// <summary>A copy of the list (see <see cref="Object"/>).</summary>
    public static JArray? Array(JToken? token) => (JArray?)ArrayInPlace(token)?.DeepClone();

    /// <summary>A copy of any JSON (see <see cref="Object"/>); null only when missing or JSON null.</summary>
    public static JToken? Any(JToken? token) => IsNull(token) ? null : token!.DeepClone();

    /// <summary>Text that must be there: the items of a list of names.</summary>
    public static string RequiredText(JToken token) => Text(token) ?? throw Unexpected(token, "text");

    /// <summary>An object that must be there: a command's result.</summary>
    public static JObject RequiredObject(JToken token) => Object(token) ?? throw Unexpected(token, "an object");

    /// <summary>A list that must be there: a command's result.</summary>
    public static IReadOnlyList<T> RequiredList<T>(JToken token, Func<JToken, T> read) =>
        List(token, read) ?? throw Unexpected(token, "a list");

    /// <summary>A list, each item read by <paramref name="read"/>; an item that does not fit fails the whole list.</summary>
    public static IReadOnlyList<T>? List<T>(JToken? token, Func<JToken, T> read) =>
        ArrayInPlace(token)?.Select(read).ToList();

    /// <summary>An object whose keys are ids and whose values are records, each read by <paramref name="read"/>.</summary>
    public static IReadOnlyDictionary<string, T>? Map<T>(JToken? token, Func<JToken, T> read) =>
        ObjectInPlace(token)?.Properties().ToDictionary(property => property.Name, property => read(property.Value), StringComparer.Ordinal);

    public static JsonSerializationException Unexpected(JToken token, string expected) =>
        new($"Expected {expected}, found {token.Type}. Path '{token.Path}'.", token.Path, 0, 0, null);

    private static JObject? ObjectInPlace(JToken? token) =>
        IsNull(token) ? null : token as JObject ?? throw Unexpected(token!, "an object");

    private static JArray? ArrayInPlace(JToken? token) =>
        IsNull(token) ? null : token as JArray ?? throw Unexpected(token!, "a list");

    private static bool IsNull(JToken? token) => token is null || token.Type == JTokenType.Null;

    /// <summary>T is the nullable result (int?, string?…): missing and JSON null read as its null.</summary>
    private static T Primitive<T>(JToken? token, Func<JsonReader, T> read)
    {
        if (IsNull(token))
        {
            return default!;
        }
        using var reader = new JTokenReader(token!);
        return read(reader);
    }
}
