using System.Text.Json;

namespace Gatehouse.HaConfig.Storage;

/// <summary>Tolerant reads of optional fields: a missing or differently typed field reads as absent, never throws.</summary>
internal static class JsonFields
{
    public static JsonElement? Field(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? Text(this JsonElement element, string name) =>
        element.Field(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static bool? Flag(this JsonElement element, string name) => element.Field(name)?.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>The number as written (its digits matter to the coordinate check), or null.</summary>
    public static string? NumberText(this JsonElement element, string name) =>
        element.Field(name) is { ValueKind: JsonValueKind.Number } value ? value.GetRawText() : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) =>
        element.Field(name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static IEnumerable<string> Texts(this JsonElement element, string name) =>
        element.Items(name).Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!);
}
