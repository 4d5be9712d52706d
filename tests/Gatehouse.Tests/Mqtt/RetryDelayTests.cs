using Gatehouse.Mqtt.Connection;

namespace Gatehouse.Tests.Mqtt;

public sealed class RetryDelayTests
{
    [Fact]
    public void Next_DoublesUpToTheCap_AndResetStartsOver()
    {
        var retry = new RetryDelay(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));

        var waits = Enumerable.Range(0, 5).Select(_ => retry.Next().TotalSeconds).ToList();
        retry.Reset();

        Assert.Equal([1, 2, 4, 5, 5], waits);
        Assert.Equal(TimeSpan.FromSeconds(1), retry.Next());
    }

    [Fact]
    public void Next_AfterManyFailures_StaysAtTheCap()
    {
        var retry = new RetryDelay(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        for (var i = 0; i < 1_000; i++)
        {
            retry.Next();
        }

        Assert.Equal(TimeSpan.FromMinutes(1), retry.Next());
    }
}
