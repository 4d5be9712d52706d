using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// The commands the fake registers, each answering as HA's handler does (<c>websocket_api/commands.py</c>,
/// <c>persistent_notification</c>, <c>system_log</c>, <c>config/auth</c>). Which exist depends on the generation.
/// </summary>
internal sealed class FakeCommands(FakeHomeAssistant server)
{
    private const string NotificationsKey = "persistent_notification";

    public bool TryGet(string type, out CommandHandler handler)
    {
        handler = type switch
        {
            "ping" => (_, id, _) => server.IgnorePings ? [] : [HaWire.Pong(id)],
            "supported_features" => SupportedFeatures,
            "subscribe_events" => SubscribeEvents,
            "unsubscribe_events" => UnsubscribeEvents,
            "persistent_notification/subscribe" when !server.Generation.NoticesAreEntities() => SubscribeNotifications,
            "persistent_notification/get" => (_, id, _) => [HaWire.Result(id, server.Notifications.List())],
            "call_service" => server.Services.Call,
            "get_states" => (_, id, _) => [HaWire.Result(id, server.States())],
            "get_config" => (_, id, _) => [HaWire.Result(id, server.Config())],
            "get_services" => (_, id, _) => [HaWire.Result(id, server.Services.Describe())],
            "config/auth/list" => (_, id, _) => server.Users.ListRefused ? [HaWire.Error(id, "unauthorized", "Unauthorized")] : [HaWire.Result(id, server.Users.List())],
            "system_log/list" when server.SystemLogAvailable => (_, id, _) => [HaWire.Result(id, server.SystemLog.List())],
            _ => null!,
        };
        return handler is not null;
    }

    public static bool IsNotifications(string key) => key == NotificationsKey;

    public static bool IsEvent(string key, string eventType) => key == "event:" + eventType || key == "event:*";

    private static string[] SupportedFeatures(FakeHomeAssistantSession session, int id, JObject message)
    {
        session.CanCoalesce = message["features"] is JObject features && features.ContainsKey("coalesce_messages");
        return [HaWire.Result(id, null)];
    }

    // HA's handle_subscribe_events: an event type outside SUBSCRIBE_ALLOWLIST needs an administrator (Unauthorized).
    private string[] SubscribeEvents(FakeHomeAssistantSession session, int id, JObject message)
    {
        var eventType = (string?)message["event_type"] ?? "*";
        if (server.Users.TokenIsNotAdmin && eventType.StartsWith("user_", StringComparison.Ordinal))
        {
            return [HaWire.Error(id, "unauthorized", "Unauthorized")];
        }
        session.AddSubscription(id, "event:" + eventType);
        return [HaWire.Result(id, null)];
    }

    private static string[] UnsubscribeEvents(FakeHomeAssistantSession session, int id, JObject message) =>
        message["subscription"] is { Type: JTokenType.Integer } subscription && session.RemoveSubscription((int)subscription)
            ? [HaWire.Result(id, null)]
            : [HaWire.Error(id, "not_found", "Subscription not found.")];

    // The result, then at once a "current" event with every notice.
    private string[] SubscribeNotifications(FakeHomeAssistantSession session, int id, JObject message)
    {
        session.AddSubscription(id, NotificationsKey);
        return
        [
            HaWire.Result(id, null),
            HaWire.Event(id, new JObject { ["type"] = "current", ["notifications"] = server.Notifications.Current() }),
        ];
    }
}
