namespace Gatehouse.Logins.Notices;

/// <summary>
/// A notice as HA shows it: a persistent notification (HA ≥ 2023.6) or a <c>persistent_notification.*</c>
/// entity (older HA). HA reuses the id for every attempt, so <see cref="Key"/> (id, time, text) names one attempt.
/// </summary>
/// <param name="Id">The notification id (<c>http-login</c>, <c>ip-ban</c>), or the legacy entity id.</param>
/// <param name="CreatedAt">created_at, or last_changed of the legacy entity.</param>
internal sealed record LoginNotice(string Id, string? Title, string Message, DateTimeOffset CreatedAt)
{
    public const string LoginId = "http-login";
    public const string BanId = "ip-ban";
    public const string LegacyLoginEntity = "persistent_notification.http_login";
    public const string LegacyBanEntity = "persistent_notification.ip_ban";

    public string Key => $"{Id}|{CreatedAt.UtcDateTime:O}|{Message}";

    /// <summary>The event this notice stands for, or null for notices Gatehouse does not watch.</summary>
    public LoginEventType? EventType => Id switch
    {
        LoginId or LegacyLoginEntity => LoginEventType.FailedLogin,
        BanId or LegacyBanEntity => LoginEventType.IpBanned,
        _ => null,
    };

    /// <summary>The id to dismiss: the notification id, also for the legacy entities (persistent_notification.dismiss takes the id).</summary>
    public string NotificationId => EventType is { } type ? NotificationIdOf(type) : Id;

    public static string NotificationIdOf(LoginEventType type) => type == LoginEventType.IpBanned ? BanId : LoginId;
}
