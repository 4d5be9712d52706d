namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// HA's limits on what it queues for a client that does not read (<c>websocket_api/http.py</c>
/// <c>_send_message</c> and <c>_check_write_peak</c>, <c>const.py</c>): the connection is closed, and what waits
/// dropped, once <c>MAX_PENDING_MSG</c> messages wait, or when more than <c>PENDING_MSG_PEAK</c> still wait
/// <c>PENDING_MSG_PEAK_TIME</c> after the queue first went over it. Each message counts once, also when the
/// writer later coalesces several into one frame (it takes them off the queue before it writes).
/// 2022.12: 2048, 512 for 5 s (an <c>asyncio.Queue(maxsize=MAX_PENDING_MSG)</c>, http.py @ 019d9c64);
/// from 2023.2: 4096, 1024 for 5 s (const.py @ acb5ead8, core PR #86854); from 2025.4: 1024 for 10 s
/// (const.py @ d885c06e, core PR #141680).
/// </summary>
internal sealed class PendingMessageLimits(HaGeneration generation)
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _exceeded = new();
    private int _queued;
    private CancellationTokenSource? _peakCheck;

    public int Max => generation == HaGeneration.Until2023_5 ? 2048 : 4096;

    public int Peak => generation == HaGeneration.Until2023_5 ? 512 : 1024;

    public TimeSpan PeakTime => TimeSpan.FromSeconds(generation >= HaGeneration.From2025_10 ? 10 : 5);

    /// <summary>Fires once, when HA would close the connection.</summary>
    public CancellationToken Exceeded => _exceeded.Token;

    /// <summary>Queues <paramref name="count"/> messages; false when they are dropped (the connection is closing).</summary>
    public bool Add(int count)
    {
        lock (_lock)
        {
            if (_exceeded.IsCancellationRequested)
            {
                return false; // _send_message: "if self._closing: return"
            }
            if (_queued + count > Max)
            {
                Exceed();
                return false;
            }
            _queued += count;
            if (_queued <= Peak)
            {
                CancelPeakCheck();
            }
            else if (_peakCheck is null)
            {
                _peakCheck = new CancellationTokenSource();
                _ = CheckPeakLaterAsync(_peakCheck.Token);
            }
            return true;
        }
    }

    /// <summary>The writer took messages off the queue.</summary>
    public void Taken(int count)
    {
        lock (_lock)
        {
            _queued -= count;
        }
    }

    private async Task CheckPeakLaterAsync(CancellationToken cancelled)
    {
        try
        {
            await Task.Delay(PeakTime, cancelled);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        lock (_lock)
        {
            if (cancelled.IsCancellationRequested)
            {
                return; // Cancelled as the delay ended: a newer check may already run.
            }
            _peakCheck?.Dispose();
            _peakCheck = null;
            if (_queued >= Peak)
            {
                Exceed(); // "Client unable to keep up with pending messages. Stayed over … for … seconds"
            }
        }
    }

    private void CancelPeakCheck()
    {
        _peakCheck?.Cancel();
        _peakCheck?.Dispose();
        _peakCheck = null;
    }

    private void Exceed()
    {
        CancelPeakCheck();
        // Outside the caller's path: what listens closes the connection, which may take the lock again.
        ThreadPool.UnsafeQueueUserWorkItem(static exceeded => exceeded.Cancel(), _exceeded, preferLocal: false);
    }
}
