using Gatehouse.Logins;
using Gatehouse.Mqtt.Connection;
using Gatehouse.Mqtt.States;
using Gatehouse.Tests.Logins;

namespace Gatehouse.Tests.Mqtt;

public sealed class EntityStatePublisherTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task OnAttemptsAsync_ABatchOfThree_AnEventEachThenTheFiguresOnce()
    {
        var queue = new OutboundQueue(Gatehouse.Mqtt.States.LoginStates.Folded);
        var publisher = TestPublishers.Create(queue, new FixedLoginFigures());
        LoginAttempt[] attempts = [Attempt("203.0.113.1", 0), Attempt("203.0.113.2", 1), Attempt("203.0.113.3", 2)];
        var figures = new LoginFigures(3, 3, attempts[^1], []);

        await publisher.OnAttemptsAsync(attempts, figures, CancellationToken.None);

        var messages = Drain(queue);
        var events = messages.TakeWhile(m => !m.Retain).ToList();
        Assert.Equal(attempts.Select(LoginStates.Event), events);
        // The sensors follow the events they count, once for the batch, not once per attempt.
        Assert.Equal(LoginStates.Figures(figures), messages.Skip(events.Count));
    }

    private static LoginAttempt Attempt(string ip, int second) =>
        new(LoginEventType.FailedLogin, T0.AddSeconds(second), ip, null, LoginAttemptKind.Password, "/auth/login_flow", null, null);

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
