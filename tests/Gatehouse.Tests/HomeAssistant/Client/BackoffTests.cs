using CsCheck;
using Gatehouse.HomeAssistant.Client;

namespace Gatehouse.Tests.HomeAssistant.Client;

public sealed class BackoffTests
{
    private static readonly TimeSpan Min = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Fact]
    public void Next_NoJitter_DoublesUpToTheCap()
    {
        var backoff = new Backoff(Min, Max, () => 1.0);

        var delays = Enumerable.Range(0, 9).Select(_ => backoff.Next().TotalSeconds).ToArray();

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], delays);
    }

    [Fact]
    public void Next_AnyJitterAndAttempt_BetweenHalfTheCeilingAndTheCeiling()
    {
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 200]).Sample((jitter, attempts) =>
        {
            var backoff = new Backoff(Min, Max, () => jitter);
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
        var backoff = new Backoff(Min, Max, () => 1.0);
        backoff.Next();
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(Min, backoff.Next());
    }

    [Fact]
    public void Next_WithoutJitter_DoublesUpToTheCap_AndResetStartsOver()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));

        var waits = Enumerable.Range(0, 5).Select(_ => backoff.Next().TotalSeconds).ToList();
        backoff.Reset();

        Assert.Equal([1, 2, 4, 5, 5], waits);
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }

    [Fact]
    public void After_ManyFailures_StaysAtTheCap()
    {
        Assert.Equal(TimeSpan.FromMinutes(5), Backoff.After(1_000, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5)));
        Assert.Equal(TimeSpan.FromSeconds(5), Backoff.After(1, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5)));
    }
}
