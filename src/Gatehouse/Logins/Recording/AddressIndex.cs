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
}
