namespace Gatehouse.HomeAssistant.Client;

/// <summary>
/// Capped exponential backoff for reconnects and redeliveries (HA, MQTT, alerts): the n-th wait in a row is first·2ⁿ⁻¹,
/// never more than the cap. With <paramref name="jitter"/> ("equal jitter") it is drawn from [c/2, c], so many
/// clients retrying at once spread out, yet never come back faster than half the first wait. Reset after a success.
/// </summary>
internal sealed class Backoff(TimeSpan first, TimeSpan cap, Func<double>? jitter = null)
{
    private int _failures;

    /// <summary>The wait after <paramref name="failures"/> failures in a row (at least 1), without jitter.</summary>
    public static TimeSpan After(int failures, TimeSpan first, TimeSpan cap) =>
        TimeSpan.FromTicks((long)Math.Min(cap.Ticks, first.Ticks * Math.Pow(2, Math.Clamp(failures - 1, 0, 30))));

    public TimeSpan Next()
    {
        var ceiling = After(++_failures, first, cap);
        return jitter is null ? ceiling : ceiling / 2 + ceiling / 2 * jitter();
    }

    public void Reset() => _failures = 0;
}
