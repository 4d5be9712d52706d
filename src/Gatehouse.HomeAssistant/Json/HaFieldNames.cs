using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Json;

/// <summary>
/// The field names HA's messages repeat in every frame (a notice event, a state change, a log entry), one string each
/// for the life of the process instead of a new one per frame. Names not listed are read as usual: the table is
/// fixed, so nothing HA (or anyone posing as it) sends can make it grow.
/// </summary>
internal sealed class HaFieldNames : JsonNameTable
{
    private static readonly string[] Names =
    [
        // websocket_api/messages.py: every message.
        "type", "id", "success", "result", "error", "code", "message", "event", "ha_version",
        // persistent_notification/__init__.py: the notices' subscription (HA >= 2023.6).
        "notifications", "notification_id", "title", "created_at", "status",
        // core.py: events, states and their context (state_changed before HA 2023.6).
        "event_type", "data", "origin", "time_fired", "context", "user_id", "parent_id",
        "entity_id", "old_state", "new_state", "state", "attributes", "last_changed", "last_updated", "last_reported", "friendly_name",
        // system_log/__init__.py: log entries.
        "name", "level", "source", "timestamp", "exception", "count", "first_occurred",
    ];

    /// <summary>After <see cref="Names"/>: static fields are set in the order they are written.</summary>
    public static readonly HaFieldNames Instance = new();

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _names =
        Names.ToDictionary(name => name, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private HaFieldNames()
    {
    }

    public override string? Get(char[] key, int start, int length) =>
        _names.TryGetValue(key.AsSpan(start, length), out var name) ? name : null;
}
