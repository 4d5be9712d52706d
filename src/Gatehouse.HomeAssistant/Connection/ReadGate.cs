using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant.Connection;

/// <summary>
/// Back-pressure from the subscribers to the socket. When a subscriber has more than <see cref="Limit"/> events it has
/// not read, the connection stops taking HA's frames off the socket, so a storm waits in the kernel's socket buffers
/// and in HA instead of in this process's memory (a 1 GB board runs HA beside it). Reading resumes once every
/// subscriber is down to <see cref="ResumeAt"/>, and always while a command awaits its answer whose sender waits for
/// it before reading on: the answer may be behind the events, and that subscriber must not wait forever. Commands
/// whose senders read on (<see cref="Commands.HassCommand.AnswerMayWaitBehindEvents"/>: alerts, dismisses) keep the
/// pace. Nothing is dropped: frames only wait. One gate serves a client across its connections.
/// <para>
/// Frames that wait pile up in HA's queue for this connection, and HA closes a connection whose queue stays long
/// over its peak (<see cref="HoldAtMost"/>); the events in that queue would be lost with it. So the gate never holds
/// longer than that: past it, reading goes on into memory until the subscribers are down to <see cref="ResumeAt"/>,
/// up to <see cref="HardLimit"/> unread events, as many as HA itself queues.
/// </para>
/// </summary>
internal sealed class ReadGate(TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Unread events per subscriber above which reading stops.</summary>
    public const int Limit = 256;

    /// <summary>Unread events per subscriber at or below which reading resumes.</summary>
    public const int ResumeAt = Limit / 2;

    /// <summary>
    /// Unread events per subscriber above which reading stops even past <see cref="HoldAtMost"/>: as many as HA itself
    /// queues for a connection before it closes it (<c>MAX_PENDING_MSG</c> in <c>websocket_api/const.py</c>: 2048 up
    /// to 2023.1, 4096 from core PR #86854 on, at acb5ead8 and at d885c06e alike).
    /// </summary>
    public const int HardLimit = 4096;

    /// <summary>
    /// The longest reading is held back in one go. HA closes a connection whose outgoing queue stays over
    /// <c>PENDING_MSG_PEAK</c> (512 up to 2023.1, then 1024) for <c>PENDING_MSG_PEAK_TIME</c> (5 s; 10 s from core
    /// PR #141680): <c>websocket_api/http.py</c> <c>_send_message</c> starts the timer, <c>_check_write_peak</c>
    /// closes. What HA sends first fills the socket buffers, so a 3 s hold keeps clear of that on every release.
    /// </summary>
    public static readonly TimeSpan HoldAtMost = TimeSpan.FromSeconds(3);

    private readonly Lock _lock = new();
    private readonly List<IPacedSubscriber> _subscribers = [];
    private TaskCompletionSource _changed = NewSignal();
    private int _waiting;
    /// <summary>A hold ran out: reading goes on until the subscribers are down to <see cref="ResumeAt"/>.</summary>
    private volatile bool _heldTooLong;

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
        CaughtUp();
    }

    /// <summary>A subscriber read its backlog down to <see cref="ResumeAt"/>.</summary>
    public void CaughtUp()
    {
        EndReadingOnIfCaughtUp();
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
    /// Completes at once unless a subscriber is over the limit and no answer is awaited; else when that ends, when the
    /// hold has lasted <see cref="HoldAtMost"/>, or throws when <paramref name="cancellationToken"/> fires (the
    /// connection is closing).
    /// </summary>
    public async ValueTask WaitAsync(Func<bool> answerAwaited, CancellationToken cancellationToken)
    {
        if (ReadingOnAfterLongHold() || !AnyBehind(Limit) || answerAwaited())
        {
            return;
        }
        Interlocked.Increment(ref _waiting);
        try
        {
            await HoldAsync(answerAwaited, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private async Task HoldAsync(Func<bool> answerAwaited, CancellationToken cancellationToken)
    {
        using var expiry = new CancellationTokenSource(HoldAtMost, timeProvider);
        using var hold = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (!AnyBehind(ResumeAt) || answerAwaited())
            {
                return;
            }
            if (expiry.IsCancellationRequested && !AnyBehind(HardLimit))
            {
                _heldTooLong = true;
                Log.ReadingOnAfterLongHold(logger, HoldAtMost.TotalSeconds, ResumeAt);
                return;
            }
            try
            {
                // Past the hold's end only the hard limit still holds, until the connection closes.
                await changed.WaitAsync(expiry.IsCancellationRequested ? cancellationToken : hold.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The hold ran out: decided at the top of the loop.
            }
        }
    }

    /// <summary>After a hold ran out, true until the subscribers have caught up, unless over the hard limit.</summary>
    private bool ReadingOnAfterLongHold() => _heldTooLong && !AnyBehind(HardLimit);

    /// <summary>Once every subscriber is down to <see cref="ResumeAt"/>, the gate holds at the limit again.</summary>
    private void EndReadingOnIfCaughtUp()
    {
        if (_heldTooLong && !AnyBehind(ResumeAt))
        {
            _heldTooLong = false;
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
