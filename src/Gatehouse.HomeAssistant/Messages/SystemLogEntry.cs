using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>
/// One entry of <c>system_log/list</c> (<c>LogEntry.to_dict</c>): deduplicated per logger and source, so
/// <see cref="Messages"/> holds up to the last 5 distinct texts and <see cref="Count"/> how often it happened.
/// Times are epoch seconds.
/// </summary>
internal sealed record SystemLogEntry
{
    [JsonProperty("name")]
    public string Name { get; init; } = "";

    [JsonProperty("message")]
    public IReadOnlyList<string> Messages { get; init; } = [];

    [JsonProperty("level")]
    public string Level { get; init; } = "";

    /// <summary><c>[file, line]</c>.</summary>
    [JsonProperty("source")]
    public JArray? Source { get; init; }

    [JsonProperty("timestamp")]
    public double Timestamp { get; init; }

    [JsonProperty("exception")]
    public string? Exception { get; init; }

    [JsonProperty("count")]
    public int Count { get; init; }

    [JsonProperty("first_occurred")]
    public double FirstOccurred { get; init; }
}
