using Gatehouse.Checks;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>Records check-run requests so a test can await the button's press reaching the check runner.</summary>
internal sealed class RecordingRunRequester : ICheckRunRequester
{
    private readonly TaskCompletionSource _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task Requested => _requested.Task;

    public Task RequestRunAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        _requested.TrySetResult();
        return Task.CompletedTask;
    }
}
