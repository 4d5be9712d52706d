namespace Gatehouse.Logins.Alerting;

/// <summary>Capped exponential backoff for alerts that could not be delivered: 5 s, 10 s, 20 s … 5 min.</summary>
internal static class RetryBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Cap = TimeSpan.FromMinutes(5);

    public static TimeSpan After(int failures) =>
        TimeSpan.FromTicks(Math.Min(Cap.Ticks, First.Ticks * (1L << Math.Min(failures - 1, 16))));
}
