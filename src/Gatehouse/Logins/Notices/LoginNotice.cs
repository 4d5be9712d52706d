namespace Gatehouse.Logins.Notices;

/// <summary>
/// A notice as HA shows it: a persistent notification (HA ≥ 2023.6) or a <c>persistent_notification.*</c>
/// entity (older HA). HA reuses the id for every attempt, so <see cref="Key"/> (id, time, text) names one attempt.
/// Title and text are cut to a bound as the notice is made (<see cref="NoticeText"/>); the key is a fingerprint of
/// the id, the time and the whole text.
/// </summary>
/// <param name="Id">The notification id (<c>http-login</c>, <c>ip-ban</c>), or the legacy entity id.</param>
/// <param name="CreatedAt">created_at, or last_updated of the legacy entity.</param>
internal sealed record LoginNotice(string Id, string? Title, string Message, DateTimeOffset CreatedAt)
{
    public const string LoginId = "http-login";
    public const string BanId = "ip-ban";
    public const string LegacyLoginEntity = "persistent_notification.http_login";
    public const string LegacyBanEntity = "persistent_notification.ip_ban";

    public string? Title { get; } = Title is null ? null : NoticeText.Cut(Title, NoticeText.MaxTitleLength);

    /// <summary>The text's start: at most <see cref="NoticeText.MaxKeptLength"/> characters.</summary>
    public string Message { get; } = NoticeText.Start(Message, NoticeText.MaxKeptLength);

    /// <summary>The whole text's length.</summary>
    public int MessageLength { get; } = Message.Length;

    /// <summary>The text was longer than any HA writes: it is not parsed, and what is kept says it was cut.</summary>
    public bool IsCut => MessageLength > NoticeText.MaxKeptLength;

    /// <summary>
    /// 32 characters: a storm keeps one per attempt until its digest, and the log keeps them for months; spelled out
    /// (<c>http-login|2026-…Z|fingerprint</c>) it took 72.
    /// </summary>
    public string Key { get; } = KeyOf(Id, CreatedAt, NoticeText.Fingerprint(Message));

    /// <summary>The event this notice stands for, or null for notices Gatehouse does not watch.</summary>
    public LoginEventType? EventType => Id switch
    {
        LoginId or LegacyLoginEntity => LoginEventType.FailedLogin,
        BanId or LegacyBanEntity => LoginEventType.IpBanned,
        _ => null,
    };

    /// <summary>The id to dismiss: the notification id, also for the legacy entities (persistent_notification.dismiss takes the id).</summary>
    public string NotificationId => EventType is { } type ? NotificationIdOf(type) : Id;

    /// <summary>
    /// The key of an attempt recorded by an earlier release, which spelled keys out as id|time|text, and before that
    /// held the whole text instead of its fingerprint: the same attempt must keep its key across the upgrade, or a
    /// notice still shown would be alerted again. Other keys are returned as they are.
    /// </summary>
    public static string UpgradeKey(string key) => key.Split('|', 3) switch
    {
        [_, _, var text] when NoticeText.IsFingerprint(text) => NoticeText.Fingerprint(key),
        [var id, var time, var text] => NoticeText.Fingerprint($"{id}|{time}|{NoticeText.Fingerprint(text)}"),
        _ => key,
    };

    public static string NotificationIdOf(LoginEventType type) => type == LoginEventType.IpBanned ? BanId : LoginId;

    private static string KeyOf(string id, DateTimeOffset createdAt, string fingerprint) =>
        NoticeText.Fingerprint($"{id}|{createdAt.UtcDateTime:O}|{fingerprint}");
}
