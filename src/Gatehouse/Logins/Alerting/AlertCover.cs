namespace Gatehouse.Logins.Alerting;

/// <summary>An attempt an alert speaks for: its key in the attempt log and the notice id that showed it.</summary>
internal sealed record AlertCover(string Key, string NotificationId);
