namespace Gatehouse.Logins.Recording;

/// <summary>
/// The login figures, kept up to date attempt by attempt so that a storm of thousands costs a
/// binary search each, not a scan of the whole log.
/// </summary>
internal sealed class LoginStatistics
{
    private readonly List<DateTimeOffset> _failedTimes = [];
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
        var index = _failedTimes.BinarySearch(attempt.Time);
        _failedTimes.Insert(index < 0 ? ~index : index, attempt.Time);
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
            var index = _failedTimes.BinarySearch(attempt.Time);
            if (index >= 0)
            {
                _failedTimes.RemoveAt(index);
                Carried++;
            }
        }
    }

    public LoginFigures Figures(DateTimeOffset now, IReadOnlyCollection<string> bannedInConfig)
    {
        var since = _failedTimes.BinarySearch(now - TimeSpan.FromHours(24));
        var last24Hours = _failedTimes.Count - (since < 0 ? ~since : FirstIndexOf(since));
        var banned = new SortedSet<string>(_bannedIps, StringComparer.Ordinal);
        banned.UnionWith(bannedInConfig);
        return new LoginFigures(last24Hours, Total, _lastFailed, [.. banned]);
    }

    // BinarySearch finds any equal element; the window starts at the first of them.
    private int FirstIndexOf(int index)
    {
        while (index > 0 && _failedTimes[index - 1] == _failedTimes[index])
        {
            index--;
        }
        return index;
    }
}
