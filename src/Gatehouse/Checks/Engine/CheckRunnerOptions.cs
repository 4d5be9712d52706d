namespace Gatehouse.Checks.Engine;

/// <summary>How the runner treats slow checks.</summary>
internal sealed record CheckRunnerOptions
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>A check still running after this is reported unavailable; the others are not held up.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;
}
