using System.Threading.Channels;

namespace Gatehouse.Logins.Pipeline;

/// <summary>
/// The login pipeline's queue: what others post, and the results of the sends and dismisses the loop started, which
/// run on their own so that the next notice never waits for HA's answer to the last alert. Counts the operations still
/// out, and holds the drains until they are all back. Owned by the pipeline's single loop (posting is safe from anywhere).
/// </summary>
internal sealed class PipelineInbox
{
    // Not SingleReader: only the general unbounded channel can count what waits.
    private readonly Channel<PipelineInput> _inputs = Channel.CreateUnbounded<PipelineInput>();
    private readonly List<TaskCompletionSource> _drains = [];

    public ChannelReader<PipelineInput> Reader => _inputs.Reader;

    /// <summary>Inputs posted and not yet taken by the loop.</summary>
    public int Waiting => _inputs.Reader.Count;

    /// <summary>Sends and dismisses started and not yet settled.</summary>
    public int InFlight { get; private set; }

    /// <summary>Never blocks.</summary>
    public void Post(PipelineInput input) => _inputs.Writer.TryWrite(input);

    /// <summary>Starts waiting for operations; each comes back as an input (null entries: nothing was started).</summary>
    public void Launch(IEnumerable<Task<PipelineInput>?> operations)
    {
        foreach (var operation in operations.OfType<Task<PipelineInput>>())
        {
            InFlight++;
            _ = operation.ContinueWith(
                done => Post(done.IsCompletedSuccessfully ? done.Result : new PipelineInput.OperationFailed((Exception?)done.Exception ?? new TaskCanceledException(done))),
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default);
        }
    }

    public void Launch(Task<PipelineInput>? operation) => Launch([operation]);

    /// <summary>An operation's result was taken from the queue.</summary>
    public void Landed() => InFlight--;

    /// <summary>Completes the drains now if nothing is in flight, else once the last operation has landed.</summary>
    public void CompleteWhenIdle(IEnumerable<TaskCompletionSource> drains)
    {
        _drains.AddRange(drains);
        if (InFlight > 0)
        {
            return;
        }
        _drains.ForEach(d => d.TrySetResult());
        _drains.Clear();
    }
}
