using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>
/// A persistent notification (<c>persistent_notification/__init__.py</c> <c>Notification</c>). The id is reused
/// (<c>http-login</c> for every failed login), so a notice's identity is id + <see cref="CreatedAt"/> + message.
/// </summary>
internal sealed record PersistentNotification
{
    public string NotificationId { get; init; } = "";

    public string? Title { get; init; }

    public string Message { get; init; } = "";

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Only HA before 2023.6 sends it (<c>unread</c>/<c>read</c>).</summary>
    public string? Status { get; init; }

    public static PersistentNotification Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new PersistentNotification
        {
            NotificationId = json.Text("notification_id") ?? "",
            Title = json.Text("title"),
            Message = json.Text("message") ?? "",
            CreatedAt = json.Date("created_at"),
            Status = json.Text("status"),
        };
    }
}
