namespace Gatehouse.Logins.Recording;

/// <summary>How much the attempt log keeps: enough for months of history, small enough for a Raspberry Pi's SD card.</summary>
internal sealed record AttemptLogLimits(long MaxFileBytes, TimeSpan MaxAge, int MaxAttempts)
{
    public static AttemptLogLimits Default { get; } = new(8 * 1024 * 1024, TimeSpan.FromDays(90), 50_000);
}
