namespace Gatehouse.Logins.Alerting;

/// <summary>
/// The per-address cooldown (DESIGN.md §4.5): the first attempt from an address alerts at once and opens a
/// window of <c>alert_cooldown_seconds</c>; attempts inside it are folded, and sent as one summary when it closes.
/// Not thread-safe: the login pipeline's single loop owns it.
/// </summary>
internal sealed class AlertCooldown(TimeSpan cooldown)
{
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>When the next window closes, or null when none is open.</summary>
    public DateTimeOffset? NextClose => _windows.Count == 0 ? null : _windows.Values.Min(w => w.ClosesAt);

    /// <summary>True when the attempt should alert now; false when it was folded into the open window.</summary>
    public bool Admit(string key, LoginAttempt attempt, DateTimeOffset now)
    {
        if (cooldown <= TimeSpan.Zero)
        {
            return true;
        }
        var address = attempt.Ip ?? "";
        if (_windows.TryGetValue(address, out var window) && now < window.ClosesAt)
        {
            window.Folded.Add((key, attempt));
            return false;
        }
        _windows[address] = new Window(now + cooldown, []);
        return true;
    }

    /// <summary>Adds attempts that must be summarised without an alert of their own (left over from before a restart).</summary>
    public void Fold(string key, LoginAttempt attempt, DateTimeOffset now)
    {
        var address = attempt.Ip ?? "";
        if (!_windows.TryGetValue(address, out var window))
        {
            window = new Window(now + cooldown, []);
            _windows[address] = window;
        }
        window.Folded.Add((key, attempt));
    }

    /// <summary>Closes every window whose time is up and returns those that folded something.</summary>
    public IReadOnlyList<FoldedAttempts> Close(DateTimeOffset now)
    {
        var closed = _windows.Where(w => w.Value.ClosesAt <= now).ToList();
        foreach (var (address, _) in closed)
        {
            _windows.Remove(address);
        }
        return closed
            .Where(w => w.Value.Folded.Count > 0)
            .Select(w => new FoldedAttempts(w.Key.Length == 0 ? null : w.Key, w.Value.Folded))
            .ToList();
    }

    private sealed record Window(DateTimeOffset ClosesAt, List<(string Key, LoginAttempt Attempt)> Folded);
}
