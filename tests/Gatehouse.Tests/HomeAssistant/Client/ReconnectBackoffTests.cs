using CsCheck;
using Gatehouse.HomeAssistant.Client;

namespace Gatehouse.Tests.HomeAssistant.Client;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Fact]
    public void Next_NoJitter_DoublesUpToTheCap()
    {
        var backoff = new ReconnectBackoff(Min, Max, () => 1.0);

        var delays = Enumerable.Range(0, 9).Select(_ => backoff.Next().TotalSeconds).ToArray();

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], delays);
    }

    [Fact]
    public void Next_AnyJitterAndAttempt_BetweenHalfTheCeilingAndTheCeiling()
    {
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 200]).Sample((jitter, attempts) =>
        {
            var backoff = new ReconnectBackoff(Min, Max, () => jitter);
            for (var i = 0; i < attempts; i++)
            {
                backoff.Next();
            }
            var ceiling = TimeSpan.FromTicks(Math.Min(Max.Ticks, (long)(Min.Ticks * Math.Pow(2, Math.Min(attempts, 30)))));
            var delay = backoff.Next();
            return delay >= ceiling / 2 && delay <= ceiling && delay >= Min / 2;
        });
    }

    [Fact]
    public void Reset_AfterFailures_StartsFromTheMinimumAgain()
    {
        var backoff = new ReconnectBackoff(Min, Max, () => 1.0);
        backoff.Next();
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(Min, backoff.Next());
    }
}
