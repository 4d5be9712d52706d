namespace Gatehouse.HomeAssistant.Client;

/// <summary>
/// Capped exponential backoff with "equal jitter": the n-th delay is drawn from [c/2, c] with c = min·2ⁿ capped
/// at max, so retries spread out yet never come faster than half the minimum. Reset after a good connection.
/// </summary>
internal sealed class ReconnectBackoff(TimeSpan min, TimeSpan max, Func<double> random)
{
    private int _failures;

    public TimeSpan Next()
    {
        var ceiling = TimeSpan.FromTicks((long)Math.Min(max.Ticks, min.Ticks * Math.Pow(2, Math.Min(_failures, 30))));
        _failures++;
        return ceiling / 2 + ceiling / 2 * random();
    }

    public void Reset() => _failures = 0;
}
