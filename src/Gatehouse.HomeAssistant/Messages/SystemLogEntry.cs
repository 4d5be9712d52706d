using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>
/// One entry of <c>system_log/list</c> (<c>LogEntry.to_dict</c>): deduplicated per logger and source, so
/// <see cref="Messages"/> holds up to the last 5 distinct texts and <see cref="Count"/> how often it happened.
/// Times are epoch seconds.
/// </summary>
internal sealed record SystemLogEntry
{
    public string Name { get; init; } = "";

    public IReadOnlyList<string> Messages { get; init; } = [];

    public string Level { get; init; } = "";

    /// <summary><c>[file, line]</c>.</summary>
    public JArray? Source { get; init; }

    public double Timestamp { get; init; }

    public string? Exception { get; init; }

    public int Count { get; init; }

    public double FirstOccurred { get; init; }

    public static SystemLogEntry Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new SystemLogEntry
        {
            Name = json.Text("name") ?? "",
            Messages = json.Texts("message") ?? [],
            Level = json.Text("level") ?? "",
            Source = json.Array("source"),
            Timestamp = json.Number("timestamp") ?? 0,
            Exception = json.Text("exception"),
            Count = json.Int("count") ?? 0,
            FirstOccurred = json.Number("first_occurred") ?? 0,
        };
    }
}
