namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>Lets tests await a condition on the fake's state without polling: every change pulses.</summary>
internal sealed class Pulse
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Signal()
    {
        TaskCompletionSource current;
        lock (_lock)
        {
            current = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        current.TrySetResult();
    }

    /// <summary>Completes when <paramref name="condition"/> holds; throws TimeoutException after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task next;
            lock (_lock)
            {
                next = _next.Task;
            }
            if (condition())
            {
                return;
            }
            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}.");
            }
        }
    }
}
