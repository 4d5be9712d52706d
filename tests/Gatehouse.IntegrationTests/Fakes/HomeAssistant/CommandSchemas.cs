using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// The keys each command's schema takes besides <c>id</c> and <c>type</c>, per generation. HA builds every command
/// schema as <c>BASE_COMMAND_MESSAGE_SCHEMA.extend(...)</c> (<c>@websocket_command</c>), which rejects unknown keys;
/// <c>connection.py</c> answers the failure <c>invalid_format</c> with <c>humanize_error</c>'s text, e.g.
/// "extra keys not allowed @ data['return_response']. Got False" (reference/samples/ha-2022.12-notices-and-calls.json).
/// </summary>
internal static class CommandSchemas
{
    // humanize_error cuts the offending value's repr at MAX_VALIDATION_ERROR_ITEM_LENGTH.
    private const int MaxItemLength = 500;

    private sealed record Schema(string[] Required, string[] Optional);

    private static readonly Schema NoKeys = new([], []);

    /// <summary>The error text HA gives <paramref name="message"/>, or null when its schema accepts it.</summary>
    public static string? Problem(HaGeneration generation, string type, JObject message)
    {
        var schema = For(generation, type);
        // humanize_error joins one line per error, sorted.
        var problems = schema.Required.Where(key => message[key] is null)
            .Select(key => $"required key not provided @ data['{key}']. Got None")
            .Concat(message.Properties()
                .Where(p => p.Name is not ("id" or "type") && !schema.Required.Contains(p.Name) && !schema.Optional.Contains(p.Name))
                .Select(p => $"extra keys not allowed @ data['{p.Name}']. Got {Summary(p.Value)}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return problems.Count == 0 ? null : string.Join('\n', problems);
    }

    private static Schema For(HaGeneration generation, string type) => type switch
    {
        "supported_features" => new(["features"], []),
        "subscribe_events" => new([], ["event_type"]),
        "unsubscribe_events" => new(["subscription"], []),
        // commands.py handle_call_service; the websocket took return_response in 2023.12 (core PR #98610).
        "call_service" => new(["domain", "service"], generation.HasServiceResponses()
            ? ["service_data", "target", "return_response"]
            : ["service_data", "target"]),
        _ => NoKeys,
    };

    private static string Summary(JToken value)
    {
        var repr = PythonRepr(value);
        return repr.Length > MaxItemLength ? repr[..(MaxItemLength - 3)] + "..." : repr;
    }

    /// <summary>Python's <c>repr</c> of the JSON value as HA decoded it.</summary>
    private static string PythonRepr(JToken value) => value switch
    {
        { Type: JTokenType.Null } => "None",
        { Type: JTokenType.Boolean } => (bool)value ? "True" : "False",
        { Type: JTokenType.String } => "'" + ((string)value!).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'",
        JObject map => "{" + string.Join(", ", map.Properties().Select(p => $"'{p.Name}': {PythonRepr(p.Value)}")) + "}",
        JArray list => "[" + string.Join(", ", list.Select(PythonRepr)) + "]",
        JValue scalar => Convert.ToString(scalar.Value, CultureInfo.InvariantCulture) ?? "None",
        _ => value.ToString(),
    };
}
