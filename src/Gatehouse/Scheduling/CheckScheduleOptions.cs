namespace Gatehouse.Scheduling;

/// <summary>When the checks run: <see cref="FirstRunDelay"/> after start (HA and the broker settle first), then every <see cref="Interval"/>.</summary>
internal sealed record CheckScheduleOptions(TimeSpan Interval)
{
    public static readonly TimeSpan DefaultFirstRunDelay = TimeSpan.FromSeconds(30);

    public TimeSpan FirstRunDelay { get; init; } = DefaultFirstRunDelay;
}
