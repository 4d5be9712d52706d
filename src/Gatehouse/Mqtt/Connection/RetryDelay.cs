namespace Gatehouse.Mqtt.Connection;

/// <summary>Capped exponential backoff: each failure doubles the wait up to the cap; a success starts over.</summary>
internal sealed class RetryDelay(TimeSpan first, TimeSpan max)
{
    private int _failures;

    /// <summary>Returns the wait for this failure: first, twice that, four times… never more than the cap.</summary>
    public TimeSpan Next()
    {
        var factor = Math.Pow(2, Math.Min(_failures++, 30));
        return TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, max.Ticks));
    }

    public void Reset() => _failures = 0;
}
