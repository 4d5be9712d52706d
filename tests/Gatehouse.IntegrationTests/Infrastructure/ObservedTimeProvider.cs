using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>
/// Fake time that tells when code starts waiting: every timer created (Task.Delay, a timeout) is announced with its
/// due time, so a test advances the clock only once the code it drives is really waiting, never racing it.
/// </summary>
internal sealed class ObservedTimeProvider(FakeTimeProvider inner) : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake => inner;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until a timer due after <paramref name="dueTime"/> has been created.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        while (await _timers.Reader.ReadAsync(timeout.Token) != dueTime)
        {
        }
    }
}
