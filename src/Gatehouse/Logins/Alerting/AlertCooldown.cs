namespace Gatehouse.Logins.Alerting;

/// <summary>
/// The cooldown per network (DESIGN.md §4.5): the first attempt from a /24 or /64 (<see cref="AddressPrefix"/>) may
/// alert at once and opens a window of <c>alert_cooldown_seconds</c>; attempts from that network inside it are
/// folded, and sent as one summary when it closes. Not thread-safe: the login pipeline's single loop owns it.
/// </summary>
internal sealed class AlertCooldown(TimeSpan cooldown)
{
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Windows whose time was up when their network's next attempt came, before the timer closed them.</summary>
    private readonly List<FoldedAttempts> _closedEarly = [];

    /// <summary>When the next window closes, or null when none is open.</summary>
    public DateTimeOffset? NextClose => _closedEarly.Count > 0 ? DateTimeOffset.MinValue : _windows.Count == 0 ? null : _windows.Values.Min(w => w.ClosesAt);

    /// <summary>True when the attempt may alert now; false when it was folded into its network's open window.</summary>
    public bool Admit(string key, LoginAttempt attempt, DateTimeOffset now)
    {
        if (cooldown <= TimeSpan.Zero)
        {
            return true;
        }
        var prefix = AddressPrefix.Of(attempt.Ip);
        if (_windows.TryGetValue(prefix, out var window))
        {
            if (now < window.ClosesAt)
            {
                window.Folded.Add((key, attempt));
                return false;
            }
            // Its summary must still go out: the timer that closes it may not have fired yet.
            if (window.Folded.Count > 0)
            {
                _closedEarly.Add(new FoldedAttempts(prefix, window.Folded));
            }
        }
        _windows[prefix] = new Window(now + cooldown, []);
        return true;
    }

    /// <summary>Closes every window whose time is up and returns those that folded something.</summary>
    public IReadOnlyList<FoldedAttempts> Close(DateTimeOffset now)
    {
        var closed = _windows.Where(w => w.Value.ClosesAt <= now).ToList();
        foreach (var (prefix, _) in closed)
        {
            _windows.Remove(prefix);
        }
        var summaries = _closedEarly.ToList();
        _closedEarly.Clear();
        summaries.AddRange(closed.Where(w => w.Value.Folded.Count > 0).Select(w => new FoldedAttempts(w.Key, w.Value.Folded)));
        return summaries;
    }

    private sealed record Window(DateTimeOffset ClosesAt, List<(string Key, LoginAttempt Attempt)> Folded);
}
