using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>What subscribers are sent: bus events to <c>subscribe_events</c>, notification updates to <c>persistent_notification/subscribe</c>.</summary>
internal sealed partial class FakeHomeAssistant
{
    /// <summary>A bus event to every matching <c>subscribe_events</c> subscription.</summary>
    public void FireEvent(string eventType, JObject data)
    {
        var payload = new JObject
        {
            ["event_type"] = eventType,
            ["data"] = data,
            ["origin"] = "LOCAL",
            ["time_fired"] = HaWire.Time(DateTimeOffset.UtcNow),
            ["context"] = HaWire.Context(),
        };
        foreach (var session in _sessions.Keys)
        {
            foreach (var id in session.SubscriptionsWhere(key => FakeCommands.IsEvent(key, eventType)))
            {
                session.Send(HaWire.Event(id, payload));
            }
        }
    }

    private void SendNotificationUpdate(string type, JObject notifications)
    {
        foreach (var session in _sessions.Keys)
        {
            foreach (var id in session.SubscriptionsWhere(FakeCommands.IsNotifications))
            {
                session.Send(HaWire.Event(id, new JObject { ["type"] = type, ["notifications"] = notifications.DeepClone() }));
            }
        }
        Changed();
    }

    private void FireStateChanged(string entityId, JObject? oldState, JObject? newState) =>
        FireEvent("state_changed", new JObject
        {
            ["entity_id"] = entityId,
            ["old_state"] = oldState ?? (JToken)JValue.CreateNull(),
            ["new_state"] = newState ?? (JToken)JValue.CreateNull(),
        });
}
