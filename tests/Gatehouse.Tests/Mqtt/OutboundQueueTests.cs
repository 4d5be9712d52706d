using Gatehouse.Mqtt.Connection;

namespace Gatehouse.Tests.Mqtt;

public sealed class OutboundQueueTests
{
    [Fact]
    public void Enqueue_RetainedTopicTwice_KeepsOnlyTheNewestInItsPlace()
    {
        var queue = new OutboundQueue();
        queue.Enqueue(OutboundMessage.State("a", "1"));
        queue.Enqueue(OutboundMessage.State("b", "1"));
        queue.Enqueue(OutboundMessage.State("a", "2"));

        Assert.Equal([OutboundMessage.State("a", "2"), OutboundMessage.State("b", "1")], Drain(queue));
    }

    [Fact]
    public void Enqueue_Events_AreEachKeptInOrder()
    {
        var queue = new OutboundQueue();
        queue.Enqueue(OutboundMessage.Event("e", "1"));
        queue.Enqueue(OutboundMessage.Event("e", "2"));

        Assert.Equal(["1", "2"], Drain(queue).Select(m => m.Payload));
    }

    [Fact]
    public void Enqueue_WhenFull_DropsTheOldestAndCountsIt()
    {
        var queue = new OutboundQueue(capacity: 2);
        Assert.True(queue.Enqueue(OutboundMessage.State("s", "1")));
        Assert.True(queue.Enqueue(OutboundMessage.Event("e", "1")));
        Assert.False(queue.Enqueue(OutboundMessage.Event("e", "2")));
        // The dropped state no longer shadows its topic: a new value is queued anew (dropping the next oldest).
        Assert.False(queue.Enqueue(OutboundMessage.State("s", "2")));

        Assert.Equal(2, queue.Dropped);
        Assert.Equal([OutboundMessage.Event("e", "2"), OutboundMessage.State("s", "2")], Drain(queue));
    }

    [Fact]
    public void ReturnToFront_FailedMessage_IsSentFirstUnlessANewerValueArrived()
    {
        var queue = new OutboundQueue();
        queue.Enqueue(OutboundMessage.State("a", "1"));
        queue.Enqueue(OutboundMessage.Event("e", "1"));
        Assert.True(queue.TryDequeue(out var failed));
        queue.ReturnToFront(failed);
        Assert.Equal([OutboundMessage.State("a", "1"), OutboundMessage.Event("e", "1")], Drain(queue));

        queue.Enqueue(OutboundMessage.State("a", "1"));
        Assert.True(queue.TryDequeue(out var stale));
        queue.Enqueue(OutboundMessage.State("a", "2"));
        queue.ReturnToFront(stale);
        Assert.Equal([OutboundMessage.State("a", "2")], Drain(queue));
    }

    [Fact]
    public async Task WaitForMessagesAsync_CompletesWhenAMessageArrives()
    {
        var queue = new OutboundQueue();
        var waiting = queue.WaitForMessagesAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        queue.Enqueue(OutboundMessage.Event("e", "1"));

        await waiting.WaitAsync(TestSettings.Timeout);
        await queue.WaitForMessagesAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);
    }

    private static List<OutboundMessage> Drain(OutboundQueue queue)
    {
        var messages = new List<OutboundMessage>();
        while (queue.TryDequeue(out var message))
        {
            messages.Add(message);
        }
        return messages;
    }
}
