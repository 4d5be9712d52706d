namespace Gatehouse.Logins.Recording;

/// <summary>
/// The login figures, kept up to date attempt by attempt so that a storm of thousands costs a
/// binary search each, not a scan of the whole log.
/// </summary>
internal sealed class LoginStatistics
{
    private readonly SortedTimes _failedTimes = new();
    private readonly SortedSet<string> _bannedIps = new(StringComparer.Ordinal);
    private LoginAttempt? _lastFailed;

    /// <summary>Failed logins no longer in the log (compacted away), still part of the total.</summary>
    public long Carried { get; private set; }

    public long Total => Carried + _failedTimes.Count;

    public void Carry(long total) => Carried += total;

    public void Add(LoginAttempt attempt)
    {
        if (attempt.Type == LoginEventType.IpBanned)
        {
            if (attempt.Ip is not null)
            {
                _bannedIps.Add(attempt.Ip);
            }
            return;
        }
        _failedTimes.Add(attempt.Time);
        if (_lastFailed is null || attempt.Time >= _lastFailed.Time)
        {
            _lastFailed = attempt;
        }
    }

    /// <summary>Takes an attempt's newer details; its time, type and address are the same.</summary>
    public void Replace(LoginAttempt old, LoginAttempt updated)
    {
        if (ReferenceEquals(_lastFailed, old))
        {
            _lastFailed = updated;
        }
    }

    public void Forget(IEnumerable<LoginAttempt> attempts)
    {
        foreach (var attempt in attempts)
        {
            if (attempt.Type == LoginEventType.IpBanned)
            {
                continue;
            }
            if (_failedTimes.Remove(attempt.Time))
            {
                Carried++;
            }
        }
    }

    public LoginFigures Figures(DateTimeOffset now, IReadOnlyCollection<string> bannedInConfig)
    {
        var last24Hours = _failedTimes.CountSince(now - TimeSpan.FromHours(24));
        var banned = new SortedSet<string>(_bannedIps, StringComparer.Ordinal);
        banned.UnionWith(bannedInConfig);
        return new LoginFigures(last24Hours, Total, _lastFailed, [.. banned]);
    }
}
