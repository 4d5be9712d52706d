namespace Gatehouse.Logins.Recording;

/// <summary>
/// Failed logins per address, each address's times in order: "N failed logins from this address in 24 hours" is a
/// dictionary lookup and a binary search, not a scan of every kept attempt.
/// </summary>
internal sealed class AddressIndex
{
    private readonly Dictionary<string, SortedTimes> _byAddress = new(StringComparer.Ordinal);

    public void Add(LoginAttempt attempt)
    {
        if (attempt is { Type: LoginEventType.FailedLogin, Ip: { } ip })
        {
            if (!_byAddress.TryGetValue(ip, out var times))
            {
                _byAddress[ip] = times = new SortedTimes();
            }
            times.Add(attempt.Time);
        }
    }

    public void Forget(LoginAttempt attempt)
    {
        if (attempt is { Type: LoginEventType.FailedLogin, Ip: { } ip } && _byAddress.TryGetValue(ip, out var times)
            && times.Remove(attempt.Time) && times.Count == 0)
        {
            _byAddress.Remove(ip);
        }
    }

    public int FailedFrom(string ip, DateTimeOffset since) => _byAddress.TryGetValue(ip, out var times) ? times.CountSince(since) : 0;

    /// <summary>
    /// The string already kept for <paramref name="ip"/>, or <paramref name="ip"/> itself when the address is new: the
    /// attempts of a storm from one address then share one string instead of holding one each.
    /// </summary>
    public string Kept(string ip) =>
        _byAddress.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(ip, out var kept, out _) ? kept : ip;
}
