namespace Gatehouse.Logins.Alerting;

/// <summary>Attempts from one network (<see cref="AddressPrefix"/>; "" when unreadable) that arrived during its cooldown, to be sent as one summary.</summary>
internal sealed record FoldedAttempts(string Prefix, IReadOnlyList<(string Key, LoginAttempt Attempt)> Attempts)
{
    /// <summary>The one address they all came from, or null when several (or none could be read).</summary>
    public string? SingleIp => Attempts.Select(a => a.Attempt.Ip).Distinct(StringComparer.Ordinal).ToList() is [{ } only] ? only : null;
}
