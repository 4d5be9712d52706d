using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>
/// One event of <c>persistent_notification/subscribe</c>: <c>current</c> (everything, at subscribe time and so
/// after every reconnect), <c>added</c>, <c>updated</c> (HA ≥ 2026.9 re-creating an id, core PR #171067) or <c>removed</c>.
/// </summary>
internal sealed record PersistentNotificationUpdate
{
    public string Type { get; init; } = "";

    public IReadOnlyDictionary<string, PersistentNotification> Notifications { get; init; } =
        new Dictionary<string, PersistentNotification>();

    public bool IsCurrent => Type == PersistentNotificationUpdateTypes.Current;

    /// <summary><c>added</c> and <c>updated</c> alike: a notice that is new or re-created, on every HA version.</summary>
    public bool IsAddedOrUpdated => Type is PersistentNotificationUpdateTypes.Added or PersistentNotificationUpdateTypes.Updated;

    public static PersistentNotificationUpdate Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new PersistentNotificationUpdate
        {
            Type = json.Text("type") ?? "",
            Notifications = json.Map("notifications", PersistentNotification.Read) ?? new Dictionary<string, PersistentNotification>(),
        };
    }
}
