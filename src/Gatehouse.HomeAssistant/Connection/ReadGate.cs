namespace Gatehouse.HomeAssistant.Connection;

/// <summary>
/// Back-pressure from the subscribers to the socket. When a subscriber has more than <see cref="Limit"/> events it has
/// not read, the connection stops taking HA's frames off the socket, so a storm waits in the kernel's socket buffers
/// and in HA instead of in this process's memory (a 1 GB board runs HA beside it). Reading resumes once every
/// subscriber is down to <see cref="ResumeAt"/>, and always while a command awaits its answer whose sender waits for
/// it before reading on: the answer may be behind the events, and that subscriber must not wait forever. Commands
/// whose senders read on (<see cref="Commands.HassCommand.AnswerMayWaitBehindEvents"/>: alerts, dismisses) keep the
/// pace. Nothing is dropped: frames only wait. One gate serves a client across its connections.
/// </summary>
internal sealed class ReadGate
{
    /// <summary>Unread events per subscriber above which reading stops.</summary>
    public const int Limit = 256;

    /// <summary>Unread events per subscriber at or below which reading resumes.</summary>
    public const int ResumeAt = Limit / 2;

    private readonly Lock _lock = new();
    private readonly List<IPacedSubscriber> _subscribers = [];
    private TaskCompletionSource _changed = NewSignal();
    private int _waiting;

    public void Track(IPacedSubscriber subscriber)
    {
        lock (_lock)
        {
            _subscribers.Add(subscriber);
        }
    }

    /// <summary>A subscriber that ended no longer holds reading back.</summary>
    public void Untrack(IPacedSubscriber subscriber)
    {
        lock (_lock)
        {
            _subscribers.Remove(subscriber);
        }
        Nudge();
    }

    /// <summary>Something that may let reading go on: a subscriber read, a command went out, a subscriber ended.</summary>
    public void Nudge()
    {
        // A full fence before reading _waiting (Dekker with WaitAsync): a waiter either sees the new state or is woken.
        if (Interlocked.CompareExchange(ref _waiting, 0, 0) == 0)
        {
            return;
        }
        Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();
    }

    /// <summary>
    /// Completes at once unless a subscriber is over the limit and no answer is awaited; else when that ends, or
    /// throws when <paramref name="cancellationToken"/> fires (the connection is closing).
    /// </summary>
    public async ValueTask WaitAsync(Func<bool> answerAwaited, CancellationToken cancellationToken)
    {
        if (!AnyBehind(Limit) || answerAwaited())
        {
            return;
        }
        Interlocked.Increment(ref _waiting);
        try
        {
            while (true)
            {
                var changed = Volatile.Read(ref _changed).Task;
                if (!AnyBehind(ResumeAt) || answerAwaited())
                {
                    return;
                }
                await changed.WaitAsync(cancellationToken);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private bool AnyBehind(int unread)
    {
        lock (_lock)
        {
            return _subscribers.Exists(s => s.Unread > unread);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
