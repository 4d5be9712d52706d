namespace Gatehouse.Logins.Alerting;

/// <summary>
/// Attempts and bans the budget had no slot for, and leftovers from before a restart: sent together as one
/// notification that counts them, once a slot is free and the storm had <see cref="Gather"/> to show its size.
/// Owned by the pipeline's single loop.
/// </summary>
internal sealed class AlertDigest
{
    public static readonly TimeSpan Gather = TimeSpan.FromMinutes(1);

    private List<(string Key, LoginAttempt Attempt)> _held = [];

    /// <summary>When the digest may go out, or null when it holds nothing.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public bool HoldsBans { get; private set; }

    /// <summary>Holds an attempt; the digest goes out <see cref="Gather"/> after the first, or at once for leftovers.</summary>
    public void Hold(string key, LoginAttempt attempt, DateTimeOffset now, bool leftover = false)
    {
        _held.Add((key, attempt));
        HoldsBans |= attempt.Type == LoginEventType.IpBanned;
        var due = leftover ? now : now + Gather;
        DueAt = DueAt is { } current && current < due ? current : due;
    }

    public IReadOnlyList<(string Key, LoginAttempt Attempt)> Take()
    {
        var held = _held;
        _held = [];
        DueAt = null;
        HoldsBans = false;
        return held;
    }
}
