namespace Gatehouse.Logins.Alerting;

/// <summary>
/// The global alert budget (DOCS.md, "How alerts are limited"): at most <see cref="Limit"/> notifications in any
/// <see cref="Window"/>, of which attempts may use all but <see cref="ReservedForBans"/>, so a ban still goes out in
/// the middle of a storm. What gets no slot is folded into the digest. Owned by the pipeline's single loop.
/// </summary>
internal sealed class SendBudget
{
    public const int Limit = 10;
    public const int ReservedForBans = 3;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Queue<DateTimeOffset> _sent = new();

    /// <summary>Takes a slot for one notification; false when the budget is spent for now.</summary>
    public bool TryTake(DateTimeOffset now, bool ban)
    {
        if (NextFree(now, ban) > now)
        {
            return false;
        }
        _sent.Enqueue(now);
        return true;
    }

    /// <summary>When a slot is free: now, or when the oldest notification that stands in the way leaves the window.</summary>
    public DateTimeOffset NextFree(DateTimeOffset now, bool ban)
    {
        while (_sent.TryPeek(out var oldest) && oldest + Window <= now)
        {
            _sent.Dequeue();
        }
        var allowed = ban ? Limit : Limit - ReservedForBans;
        return _sent.Count < allowed ? now : _sent.ElementAt(_sent.Count - allowed) + Window;
    }
}
