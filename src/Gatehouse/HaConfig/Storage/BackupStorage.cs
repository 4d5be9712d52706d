using System.Globalization;
using System.Text.Json;

namespace Gatehouse.HaConfig.Storage;

/// <summary>
/// <c>.storage/backup</c> (components/backup/store.py and config.py, HA 2025.1 and later): <c>data.config</c> holds the
/// settings. The schedule was <c>schedule.state</c> in 2025.1 and <c>schedule.recurrence</c> + <c>days</c> from 2025.2;
/// per-location <c>agents.&lt;id&gt;.protected</c> arrived in 2025.4. The password's presence is tested on the parsed
/// element without turning it into a string.
/// </summary>
internal static class BackupStorage
{
    public const string Key = "backup";

    /// <summary>At most this many agent ids are kept; a home has a handful.</summary>
    public const int MaxAgents = 20;

    public static BackupSettings Settings(JsonElement data)
    {
        var config = data.Field("config") is { ValueKind: JsonValueKind.Object } found ? found : throw new FormatException("no \"config\" object");
        var create = config.Field("create_backup");
        var schedule = config.Field("schedule");
        var (automatic, words) = Schedule(schedule);
        var agentIds = create?.Texts("agent_ids").Take(MaxAgents).ToList() ?? [];
        var unencrypted = config.Field("agents") is { ValueKind: JsonValueKind.Object } agents
            ? agents.EnumerateObject().Where(a => a.Value.Flag("protected") == false).Select(a => a.Name).Take(MaxAgents).ToList()
            : [];
        var password = create?.Field("password");
        return new BackupSettings(
            automatic,
            words,
            agentIds,
            password is { ValueKind: JsonValueKind.String } set && !set.ValueEquals(""),
            unencrypted,
            DateTimeOffset.TryParse(config.Text("last_completed_automatic_backup"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var last) ? last : null);
    }

    private static (bool Automatic, string Words) Schedule(JsonElement? schedule)
    {
        if (schedule?.Text("recurrence") is { } recurrence)
        {
            var days = schedule.Value.Texts("days").Take(7).ToList();
            return recurrence switch
            {
                "daily" => (true, "daily"),
                "custom_days" when days.Count > 0 => (true, $"on {string.Join(", ", days)}"),
                _ => (false, "never"),
            };
        }
        // 2025.1: one state, "never", "daily" or a weekday.
        var state = schedule?.Text("state") ?? "never";
        return state == "never" ? (false, "never") : (true, state == "daily" ? "daily" : $"on {state}");
    }
}
