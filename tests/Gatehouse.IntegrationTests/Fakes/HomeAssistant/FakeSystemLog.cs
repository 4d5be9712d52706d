using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// HA's <c>system_log</c>: entries deduplicated per (logger, source), keeping a count and the last 5 distinct
/// messages (<c>DedupStore.add_entry</c>, <c>LogEntry.to_dict</c>); listed newest first.
/// </summary>
internal sealed class FakeSystemLog
{
    private const int MaxMessages = 5;
    private readonly Lock _lock = new();
    private readonly List<JObject> _entries = [];

    public void Add(string logger, string level, string source, int line, string message, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeMilliseconds() / 1000.0;
        lock (_lock)
        {
            var existing = _entries.Find(entry => (string?)entry["name"] == logger
                && (string?)entry["source"]![0] == source && (int)entry["source"]![1]! == line);
            if (existing is null)
            {
                _entries.Add(new JObject
                {
                    ["name"] = logger,
                    ["message"] = new JArray(message),
                    ["level"] = level,
                    ["source"] = new JArray(source, line),
                    ["timestamp"] = timestamp,
                    ["exception"] = "",
                    ["count"] = 1,
                    ["first_occurred"] = timestamp,
                });
                return;
            }
            existing["count"] = (int)existing["count"]! + 1;
            existing["timestamp"] = timestamp;
            var messages = (JArray)existing["message"]!;
            if (!messages.Any(m => (string?)m == message))
            {
                messages.Add(message);
                if (messages.Count > MaxMessages)
                {
                    messages.RemoveAt(0);
                }
            }
            _entries.Remove(existing);
            _entries.Add(existing);
        }
    }

    public JArray List()
    {
        lock (_lock)
        {
            return new JArray(Enumerable.Reverse(_entries).Select(entry => entry.DeepClone()));
        }
    }
}
