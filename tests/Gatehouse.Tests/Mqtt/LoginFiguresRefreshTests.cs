using Gatehouse.Logins;
using Gatehouse.Mqtt.Connection;
using Gatehouse.Mqtt.Discovery;
using Gatehouse.Mqtt.States;
using Gatehouse.Tests.Logins;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Mqtt;

public sealed class LoginFiguresRefreshTests
{
    private static readonly string Last24Hours = GatehouseTopics.State(GatehouseEntities.FailedLogins24Hours);

    [Fact]
    public async Task Tick_AttemptsAgedOut_PublishesOnlyTheFiguresThatChanged()
    {
        var time = new FakeTimeProvider();
        var figures = new FixedLoginFigures { Current = new LoginFigures(3, 10, null, []) };
        var queue = new OutboundQueue(Gatehouse.Mqtt.States.LoginStates.Folded);
        var publisher = TestPublishers.Create(queue, figures);
        await publisher.OnAttemptsAsync([Attempt(time)], figures.Current, CancellationToken.None);
        Drain(queue);
        using var refresh = new LoginFiguresRefresh(publisher, time);
        await refresh.StartAsync(CancellationToken.None);

        figures.Current = figures.Current with { Last24Hours = 0 };
        time.Advance(LoginFiguresRefresh.Interval);

        await WaitForAsync(queue);
        Assert.Equal([OutboundMessage.State(Last24Hours, "0")], Drain(queue));
        await refresh.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void RefreshLoginFigures_NothingChanged_QueuesNothing()
    {
        var figures = new FixedLoginFigures { Current = new LoginFigures(1, 1, null, []) };
        var queue = new OutboundQueue(Gatehouse.Mqtt.States.LoginStates.Folded);
        var publisher = TestPublishers.Create(queue, figures);
        publisher.RefreshLoginFigures();
        Drain(queue);

        publisher.RefreshLoginFigures();

        Assert.Equal(0, queue.Count);
    }

    private static LoginAttempt Attempt(TimeProvider time) =>
        new(LoginEventType.FailedLogin, time.GetUtcNow(), "203.0.113.7", null, LoginAttemptKind.Password, null, null, "");

    private static async Task WaitForAsync(OutboundQueue queue)
    {
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        await queue.WaitForMessagesAsync(timeout.Token);
    }

    private static List<OutboundMessage> Drain(OutboundQueue queue)
    {
        var messages = new List<OutboundMessage>();
        while (queue.TryDequeue(out var message))
        {
            messages.Add(message);
        }
        return messages;
    }
}
