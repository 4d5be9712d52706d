using System.Threading.Channels;

namespace Gatehouse.Mqtt.Connection;

/// <summary>
/// Messages waiting for the broker, in order, bounded. A retained message replaces the waiting one of the same
/// topic in place (a state keeps only its newest value), so a long outage costs at most one message per topic
/// plus the events. When full, the oldest message is dropped. Writers never wait: the login pipeline calls in.
/// </summary>
internal sealed class OutboundQueue(int capacity = OutboundQueue.DefaultCapacity)
{
    public const int DefaultCapacity = 500;

    private readonly Lock _lock = new();
    private readonly LinkedList<OutboundMessage> _messages = new();
    private readonly Dictionary<string, LinkedListNode<OutboundMessage>> _retainedByTopic = new(StringComparer.Ordinal);

    // A doorbell, not a buffer: one pending ring is enough to wake the single reader.
    private readonly Channel<bool> _doorbell = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private long _dropped;

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

    /// <summary>Messages dropped because the queue was full, since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Adds a message; returns false when the oldest message had to be dropped to make room.</summary>
    public bool Enqueue(OutboundMessage message)
    {
        var droppedOne = false;
        lock (_lock)
        {
            if (message.Retain && _retainedByTopic.TryGetValue(message.Topic, out var waiting))
            {
                waiting.Value = message;
            }
            else
            {
                if (_messages.Count >= capacity)
                {
                    RemoveNode(_messages.First!);
                    Interlocked.Increment(ref _dropped);
                    droppedOne = true;
                }
                var node = _messages.AddLast(message);
                if (message.Retain)
                {
                    _retainedByTopic[message.Topic] = node;
                }
            }
        }
        _doorbell.Writer.TryWrite(true);
        return !droppedOne;
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
            message = first.Value;
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
        _messages.Remove(node);
    }
}
