using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Json;

/// <summary>
/// The fields of one JSON object, by HA's names, each read as <see cref="JsonRead"/> reads a value. What a record
/// does not ask for is ignored, as HA adds fields in every release.
/// </summary>
internal readonly struct ObjectFields
{
    private ObjectFields(JObject json) => Json = json;

    /// <summary>The object as sent.</summary>
    public JObject Json { get; }

    /// <summary>The fields of <paramref name="token"/>, which must be an object.</summary>
    public static ObjectFields Of(JToken token) =>
        new(token as JObject ?? throw JsonRead.Unexpected(token, "an object"));

    public string? Text(string name) => JsonRead.Text(Json[name]);

    public bool? Bool(string name) => JsonRead.Bool(Json[name]);

    public int? Int(string name) => JsonRead.Int(Json[name]);

    public double? Number(string name) => JsonRead.Number(Json[name]);

    public DateTimeOffset? Date(string name) => JsonRead.Date(Json[name]);

    public JObject? Object(string name) => JsonRead.Object(Json[name]);

    public JArray? Array(string name) => JsonRead.Array(Json[name]);

    public JToken? Any(string name) => JsonRead.Any(Json[name]);

    /// <summary>The value itself, not a copy: for a message's payload, which lives no longer than its frame.</summary>
    public JToken? Payload(string name) => Json[name] is { Type: not JTokenType.Null } value ? value : null;

    /// <summary>A nested record; null when missing or JSON null.</summary>
    public T? Record<T>(string name, Func<JToken, T> read)
        where T : class =>
        Payload(name) is { } value ? read(value) : null;

    public IReadOnlyList<T>? List<T>(string name, Func<JToken, T> read) => JsonRead.List(Json[name], read);

    /// <summary>A list of names; an item that is not text fails the read.</summary>
    public IReadOnlyList<string>? Texts(string name) => List(name, JsonRead.RequiredText);

    public IReadOnlyDictionary<string, T>? Map<T>(string name, Func<JToken, T> read) => JsonRead.Map(Json[name], read);
}
