using System.Threading.Channels;

namespace Gatehouse.Mqtt.Connection;

/// <summary>
/// Messages waiting for the broker, in order. A retained message replaces the waiting one of the same topic in
/// place (a state keeps only its newest value), so a long outage costs at most one message per topic. Retained
/// states and kept events (bans) are never dropped. Foldable events (failed logins) are bounded: past
/// <paramref name="capacity"/> of them, further ones are folded into one message that counts them
/// (<paramref name="fold"/> writes it), sent where the first folded one would have been. Writers never wait: the
/// login pipeline calls in.
/// </summary>
internal sealed class OutboundQueue(Func<int, OutboundMessage> fold, int capacity = OutboundQueue.DefaultCapacity)
{
    public const int DefaultCapacity = 500;

    /// <summary>Stands in the queue for the folded events until it is taken, then becomes their count.</summary>
    private static readonly OutboundMessage FoldPlaceholder = new("", "", Retain: false);

    private readonly Lock _lock = new();
    private readonly LinkedList<OutboundMessage> _messages = new();
    private readonly Dictionary<string, LinkedListNode<OutboundMessage>> _retainedByTopic = new(StringComparer.Ordinal);

    // A doorbell, not a buffer: one pending ring is enough to wake the single reader.
    private readonly Channel<bool> _doorbell = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private LinkedListNode<OutboundMessage>? _foldNode;
    private int _foldCount;
    private int _foldable;
    private long _folded;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _messages.Count;
            }
        }
    }

    /// <summary>Foldable events folded into a count because the queue held its fill of them, since start.</summary>
    public long Folded => Interlocked.Read(ref _folded);

    /// <summary>Adds a message; returns false when it was folded into a count instead.</summary>
    public bool Enqueue(OutboundMessage message)
    {
        var queued = true;
        lock (_lock)
        {
            if (message.Retain && _retainedByTopic.TryGetValue(message.Topic, out var waiting))
            {
                waiting.Value = message;
            }
            else if (message.Foldable && _foldable >= capacity)
            {
                _foldNode ??= _messages.AddLast(FoldPlaceholder);
                _foldCount++;
                Interlocked.Increment(ref _folded);
                queued = false;
            }
            else
            {
                var node = _messages.AddLast(message);
                _foldable += message.Foldable ? 1 : 0;
                if (message.Retain)
                {
                    _retainedByTopic[message.Topic] = node;
                }
            }
        }
        _doorbell.Writer.TryWrite(true);
        return queued;
    }

    public bool TryDequeue(out OutboundMessage message)
    {
        lock (_lock)
        {
            if (_messages.First is not { } first)
            {
                message = null!;
                return false;
            }
            message = first == _foldNode ? fold(_foldCount) : first.Value;
            if (first == _foldNode)
            {
                _foldNode = null;
                _foldCount = 0;
            }
            RemoveNode(first);
            return true;
        }
    }

    /// <summary>
    /// Puts back a message whose publish failed, at the front, unless a newer value of the same retained topic
    /// arrived meanwhile (then the newer one wins and this one is dropped).
    /// </summary>
    public void ReturnToFront(OutboundMessage message)
    {
        lock (_lock)
        {
            if (message.Retain && _retainedByTopic.ContainsKey(message.Topic))
            {
                return;
            }
            var node = _messages.AddFirst(message);
            _foldable += message.Foldable ? 1 : 0;
            if (message.Retain)
            {
                _retainedByTopic[message.Topic] = node;
            }
        }
    }

    /// <summary>Completes when a message is waiting (at once if one already is).</summary>
    public async Task WaitForMessagesAsync(CancellationToken cancellationToken)
    {
        // A ring may be left over from messages already taken: only a waiting message ends the wait.
        while (Count == 0)
        {
            await _doorbell.Reader.ReadAsync(cancellationToken);
        }
    }

    private void RemoveNode(LinkedListNode<OutboundMessage> node)
    {
        if (node.Value.Retain && _retainedByTopic.TryGetValue(node.Value.Topic, out var indexed) && indexed == node)
        {
            _retainedByTopic.Remove(node.Value.Topic);
        }
        _foldable -= node.Value.Foldable ? 1 : 0;
        _messages.Remove(node);
    }
}
