namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>Open by default; while closed, waiters wait. Used to hold the fake's writers or replies.</summary>
internal sealed class Gate
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _open = NewOpen();

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _open.Task.WaitAsync(cancellationToken);
        }
    }

    public void Close()
    {
        lock (_lock)
        {
            if (_open.Task.IsCompleted)
            {
                _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void Open()
    {
        lock (_lock)
        {
            _open.TrySetResult();
        }
    }

    private static TaskCompletionSource NewOpen()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
