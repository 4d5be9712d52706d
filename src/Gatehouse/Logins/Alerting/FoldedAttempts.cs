namespace Gatehouse.Logins.Alerting;

/// <summary>Attempts from one address that arrived during its cooldown, to be sent as one summary.</summary>
internal sealed record FoldedAttempts(string? Ip, IReadOnlyList<(string Key, LoginAttempt Attempt)> Attempts);
