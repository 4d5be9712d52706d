using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// Persistent notifications as each generation of HA keeps them (<c>persistent_notification/__init__.py</c>):
/// in memory by id; from 2023.6 subscribers are told <c>added</c>/<c>updated</c>/<c>removed</c>; before, each notice
/// is also an entity in the state machine, whose changes fire <c>state_changed</c> as <c>core.py</c>
/// <c>StateMachine.async_set</c> decides (reference/samples/ha-2022.12-notices-and-calls.json).
/// </summary>
internal sealed class FakeNotifications(
    HaGeneration generation,
    Action<string, JObject> sendUpdate,
    Action<string, JObject?, JObject?> fireStateChanged)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, JObject> _notifications = [];
    private readonly Dictionary<string, JObject> _entities = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<JObject> _removed = new();

    public HaGeneration Generation => generation;

    /// <summary>Every notice a dismiss removed, in order: which attempt each dismiss actually took away.</summary>
    public IReadOnlyCollection<JObject> Removed => _removed;

    public void Create(string id, string? title, string message, DateTimeOffset at)
    {
        lock (_lock)
        {
            var existed = _notifications.ContainsKey(id);
            var notification = generation.NoticesAreEntities()
                ? new JObject { ["notification_id"] = id, ["message"] = message, ["status"] = "unread", ["title"] = title, ["created_at"] = HaWire.Time(at) }
                : new JObject { ["message"] = message, ["notification_id"] = id, ["title"] = title, ["created_at"] = HaWire.Time(at) };
            _notifications[id] = notification;
            if (generation.NoticesAreEntities())
            {
                SetEntity(id, title, message, at);
                return;
            }
            var type = existed && generation.SendsUpdatedForRecreatedNotices() ? "updated" : "added";
            sendUpdate(type, new JObject { [id] = notification.DeepClone() });
        }
    }

    public void Dismiss(string id)
    {
        lock (_lock)
        {
            if (!_notifications.Remove(id, out var notification))
            {
                return;
            }
            _removed.Enqueue((JObject)notification.DeepClone());
            if (generation.NoticesAreEntities())
            {
                var entityId = EntityId(id);
                _entities.Remove(entityId, out var old);
                fireStateChanged(entityId, old, null);
                return;
            }
            sendUpdate("removed", new JObject { [id] = notification });
        }
    }

    public void DismissAll()
    {
        string[] ids;
        lock (_lock)
        {
            ids = [.. _notifications.Keys];
        }
        foreach (var id in ids)
        {
            Dismiss(id);
        }
    }

    /// <summary>The <c>current</c> payload: every notice by id.</summary>
    public JObject Current()
    {
        lock (_lock)
        {
            return new JObject(_notifications.Select(pair => new JProperty(pair.Key, pair.Value.DeepClone())));
        }
    }

    /// <summary>The <c>persistent_notification/get</c> result: a list.</summary>
    public JArray List()
    {
        lock (_lock)
        {
            return new JArray(_notifications.Values.Select(notification => notification.DeepClone()));
        }
    }

    /// <summary>Legacy only: the notices as entities, for <c>get_states</c>.</summary>
    public IEnumerable<JObject> Entities()
    {
        lock (_lock)
        {
            return [.. _entities.Values.Select(entity => (JObject)entity.DeepClone())];
        }
    }

    // Before 2023.6 the entity id was the slugified notification id: http-login → persistent_notification.http_login.
    private static string EntityId(string id) => "persistent_notification." + id.Replace('-', '_').ToLowerInvariant();

    // StateMachine.async_set: the same state and the same attributes fire nothing (a repeat of the shown text is
    // invisible); other attributes with the same state ("notifying") move last_updated but keep last_changed.
    private void SetEntity(string id, string? title, string message, DateTimeOffset at)
    {
        var entityId = EntityId(id);
        _entities.TryGetValue(entityId, out var old);
        var attributes = new JObject { ["message"] = message, ["title"] = title };
        if (title is not null)
        {
            attributes["friendly_name"] = title;
        }
        if (old is not null && JToken.DeepEquals(old["attributes"], attributes))
        {
            return;
        }
        var state = new JObject
        {
            ["entity_id"] = entityId,
            ["state"] = "notifying",
            ["attributes"] = attributes,
            ["last_changed"] = old?["last_changed"] ?? HaWire.Time(at),
            ["last_updated"] = HaWire.Time(at),
            ["context"] = HaWire.Context(),
        };
        _entities[entityId] = state;
        fireStateChanged(entityId, old, state);
    }
}
