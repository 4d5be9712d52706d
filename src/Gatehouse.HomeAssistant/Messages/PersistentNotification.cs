using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>
/// A persistent notification (<c>persistent_notification/__init__.py</c> <c>Notification</c>). The id is reused
/// (<c>http-login</c> for every failed login), so a notice's identity is id + <see cref="CreatedAt"/> + message.
/// </summary>
internal sealed record PersistentNotification
{
    [JsonProperty("notification_id")]
    public string NotificationId { get; init; } = "";

    [JsonProperty("title")]
    public string? Title { get; init; }

    [JsonProperty("message")]
    public string Message { get; init; } = "";

    [JsonProperty("created_at")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Only HA before 2023.6 sends it (<c>unread</c>/<c>read</c>).</summary>
    [JsonProperty("status")]
    public string? Status { get; init; }
}
