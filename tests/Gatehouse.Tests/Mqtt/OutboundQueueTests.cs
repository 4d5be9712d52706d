using Gatehouse.Mqtt.Connection;

namespace Gatehouse.Tests.Mqtt;

public sealed class OutboundQueueTests
{
    [Fact]
    public void Enqueue_RetainedTopicTwice_KeepsOnlyTheNewestInItsPlace()
    {
        var queue = new OutboundQueue(Folded);
        queue.Enqueue(OutboundMessage.State("a", "1"));
        queue.Enqueue(OutboundMessage.State("b", "1"));
        queue.Enqueue(OutboundMessage.State("a", "2"));

        Assert.Equal([OutboundMessage.State("a", "2"), OutboundMessage.State("b", "1")], Drain(queue));
    }

    [Fact]
    public void Enqueue_Events_AreEachKeptInOrder()
    {
        var queue = new OutboundQueue(Folded);
        queue.Enqueue(OutboundMessage.Event("e", "1"));
        queue.Enqueue(OutboundMessage.Event("e", "2"));

        Assert.Equal(["1", "2"], Drain(queue).Select(m => m.Payload));
    }

    [Fact]
    [Trait("Issue", "14")]
    public void Enqueue_StormPastCapacity_NeverDropsStatesOrBans_FoldsTheRestIntoACount()
    {
        var queue = new OutboundQueue(Folded, capacity: 3);
        queue.Enqueue(OutboundMessage.State("check", "on"));
        for (var i = 0; i < 3; i++)
        {
            Assert.True(queue.Enqueue(OutboundMessage.FoldableEvent("e", $"attempt {i}")));
        }

        Assert.False(queue.Enqueue(OutboundMessage.FoldableEvent("e", "attempt 3")));
        Assert.True(queue.Enqueue(OutboundMessage.Event("e", "ban")));
        Assert.False(queue.Enqueue(OutboundMessage.FoldableEvent("e", "attempt 4")));
        Assert.True(queue.Enqueue(OutboundMessage.State("score", "80")));
        for (var i = 0; i < 1000; i++)
        {
            queue.Enqueue(OutboundMessage.State($"sensor{i % 7}", $"{i}"));
        }

        var drained = Drain(queue);
        Assert.Equal(["on", "attempt 0", "attempt 1", "attempt 2", "2 folded", "ban", "80"], drained.Take(7).Select(m => m.Payload));
        Assert.Equal(7, drained.Skip(7).Count());
        Assert.Equal(2, queue.Folded);
    }

    [Fact]
    [Trait("Issue", "14")]
    public void Enqueue_AfterTheFoldedCountWasTaken_FoldsAnew()
    {
        var queue = new OutboundQueue(Folded, capacity: 1);
        queue.Enqueue(OutboundMessage.FoldableEvent("e", "a"));
        queue.Enqueue(OutboundMessage.FoldableEvent("e", "b"));
        Assert.Equal(["a", "1 folded"], Drain(queue).Select(m => m.Payload));

        queue.Enqueue(OutboundMessage.FoldableEvent("e", "c"));
        queue.Enqueue(OutboundMessage.FoldableEvent("e", "d"));
        queue.Enqueue(OutboundMessage.FoldableEvent("e", "e"));

        Assert.Equal(["c", "2 folded"], Drain(queue).Select(m => m.Payload));
    }

    [Fact]
    public void ReturnToFront_FailedMessage_IsSentFirstUnlessANewerValueArrived()
    {
        var queue = new OutboundQueue(Folded);
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
        var queue = new OutboundQueue(Folded);
        var waiting = queue.WaitForMessagesAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        queue.Enqueue(OutboundMessage.Event("e", "1"));

        await waiting.WaitAsync(TestSettings.Timeout);
        await queue.WaitForMessagesAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);
    }

    private static OutboundMessage Folded(int count) => OutboundMessage.Event("e", $"{count} folded");

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
