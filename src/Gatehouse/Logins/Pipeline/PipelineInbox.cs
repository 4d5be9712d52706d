using System.Threading.Channels;

namespace Gatehouse.Logins.Pipeline;

/// <summary>
/// The login pipeline's queue: what others post, and the results of the sends and dismisses the loop started, which
/// run on their own so that the next notice never waits for HA's answer to the last alert. Counts the operations still
/// out, and holds the drains until they are all back. Owned by the pipeline's single loop (posting is safe from anywhere).
/// What HA shows waits for room (<see cref="PostWhenRoomAsync"/>), so a storm's backlog stays in HA's socket, not here.
/// </summary>
internal sealed class PipelineInbox
{
    /// <summary>Inputs waiting beyond which notices wait for room: one full batch.</summary>
    public const int Capacity = 250;

    // Not SingleReader: only the general unbounded channel can count what waits. Unbounded because the results of
    // sends and dismisses must always get in (they are few: one per operation out); notices are held back instead.
    private readonly Channel<PipelineInput> _inputs = Channel.CreateUnbounded<PipelineInput>();
    private readonly List<TaskCompletionSource> _drains = [];
    private readonly Lock _roomLock = new();
    private TaskCompletionSource? _room;
    private CancellationTokenSource _crowded = new();

    public ChannelReader<PipelineInput> Reader => _inputs.Reader;

    /// <summary>Inputs posted and not yet taken by the loop.</summary>
    public int Waiting => _inputs.Reader.Count;

    /// <summary>
    /// Fires when a notice had to wait for room since the loop last took what was waiting: a storm is queued, and
    /// whatever the loop awaits meanwhile had better not be an answer that comes behind it.
    /// </summary>
    public CancellationToken Crowded
    {
        get
        {
            lock (_roomLock)
            {
                return _crowded.Token;
            }
        }
    }

    /// <summary>Sends and dismisses started and not yet settled.</summary>
    public int InFlight { get; private set; }

    /// <summary>Never blocks.</summary>
    public void Post(PipelineInput input) => _inputs.Writer.TryWrite(input);

    /// <summary>Posts once fewer than <see cref="Capacity"/> inputs wait (in order, with other notices posted this way).</summary>
    public async Task PostWhenRoomAsync(PipelineInput input, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task room;
            CancellationTokenSource crowded;
            lock (_roomLock)
            {
                if (Waiting < Capacity)
                {
                    break;
                }
                room = (_room ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
                crowded = _crowded;
            }
            // Outside the lock: cancelling runs what waits on it.
            crowded.Cancel();
            await room.WaitAsync(cancellationToken);
        }
        Post(input);
    }

    /// <summary>The loop took what was waiting: lets a notice waiting for room in.</summary>
    public void Taken()
    {
        TaskCompletionSource? room;
        lock (_roomLock)
        {
            if (Waiting >= Capacity)
            {
                return;
            }
            room = _room;
            _room = null;
            if (_crowded.IsCancellationRequested)
            {
                _crowded = new CancellationTokenSource();
            }
        }
        room?.TrySetResult();
    }

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
