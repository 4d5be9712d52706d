using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.HomeAssistant.Tests;

/// <summary>The client's protocol logic over fake transports: handshake, refusals, closes, heartbeat, renewals.</summary>
public sealed class HomeAssistantClientProtocolTests
{
    [Fact]
    public async Task RunAsync_Handshake_ConnectedWithTheRelease()
    {
        await using var harness = new ProtocolHarness();
        var connections = harness.Client.WatchConnectionsAsync(CancellationToken.None).GetAsyncEnumerator();

        await ProtocolHarness.HandshakeAsync(await harness.Transports.NextAsync(), "2022.12.9");

        Assert.True(await connections.MoveNextAsync().AsTask().WaitAsync(TestTimeout.Value));
        Assert.Equal(("2022.12.9", 2022, 12, false), (connections.Current.HaVersion, connections.Current.Release?.Year, connections.Current.Release?.Month, connections.Current.IsReconnect));
        Assert.Equal(2022, harness.Client.Release?.Year);
    }

    [Fact]
    public async Task RunAsync_AuthInvalid_LogsTheFixOnce_RetriesOnlyAfterTheSlowDelay()
    {
        await using var harness = new ProtocolHarness();
        var first = await harness.Transports.NextAsync();
        first.Receive("""{"type":"auth_required","ha_version":"2026.9.2"}""");
        await first.NextSentAsync();
        var refusedAt = harness.Time.GetUtcNow();

        first.Receive("""{"type":"auth_invalid","message":"Invalid access token or password"}""");
        var error = await harness.Logger.WaitForAsync(2006);
        var second = await harness.AdvanceUntilAsync(harness.Transports.NextAsync(), TimeSpan.FromSeconds(10));

        Assert.Contains("Invalid access token or password", error, StringComparison.Ordinal);
        Assert.DoesNotContain(ProtocolHarness.Token, error, StringComparison.Ordinal);
        Assert.True(harness.Time.GetUtcNow() - refusedAt >= harness.Options.AuthInvalidRetryDelay, "retried before the slow delay");
        Assert.True(first.Disposed);
        Assert.NotSame(first, second);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunAsync_HaClosesDuringTheHandshake_RetriedWithBackoff_NoStall(bool afterAuthRequired)
    {
        await using var harness = new ProtocolHarness();
        var first = await harness.Transports.NextAsync();
        if (afterAuthRequired)
        {
            first.Receive("""{"type":"auth_required","ha_version":"2026.9.2"}""");
            await first.NextSentAsync();
        }

        first.Close("closed by Home Assistant while it restarts");
        var warning = await harness.Logger.WaitForAsync(2003);
        var second = await harness.AdvanceUntilAsync(harness.Transports.NextAsync(), TimeSpan.FromMilliseconds(250));
        await ProtocolHarness.HandshakeAsync(second);

        Assert.Contains("closed the connection during the login handshake", warning, StringComparison.Ordinal);
        Assert.True(harness.Client.IsConnected || await harness.Client.WatchConnectionsAsync(CancellationToken.None).GetAsyncEnumerator().MoveNextAsync());
    }

    [Fact]
    public async Task RunAsync_PongMissing_LinkDeclaredDead_Reconnects()
    {
        await using var harness = new ProtocolHarness();
        var first = await harness.Transports.NextAsync();
        await ProtocolHarness.HandshakeAsync(first);

        var ping = await harness.AdvanceUntilAsync(first.NextSentAsync(), TimeSpan.FromSeconds(1));
        Assert.Equal("ping", (string?)ping["type"]);
        // No pong: after the pong timeout the session ends although the socket never closed.
        var second = await harness.AdvanceUntilAsync(harness.Transports.NextAsync(), TimeSpan.FromSeconds(1));

        Assert.Contains(harness.Logger.Entries, e => e.Id == 2008);
        Assert.True(first.Disposed);
        await ProtocolHarness.HandshakeAsync(second);
    }

    [Fact]
    public async Task RunAsync_Reconnect_SubscriptionRenewedBeforeConnected_EventsKeepFlowingToTheSameReader()
    {
        await using var harness = new ProtocolHarness();
        var first = await harness.Transports.NextAsync();
        await ProtocolHarness.HandshakeAsync(first);
        var (subscription, subscriptionId) = await SubscribeToStateChangesAsync(harness, first);
        first.Receive(StateChanged(subscriptionId, "a.one"));
        Assert.Equal("state_changed", (await subscription.Events.ReadAsync().AsTask().WaitAsync(TestTimeout.Value)).EventType);

        first.Close("HA restarted");
        var second = await harness.AdvanceUntilAsync(harness.Transports.NextAsync(), TimeSpan.FromMilliseconds(250));
        await ProtocolHarness.HandshakeAsync(second);
        var renewed = await second.NextSentAsync();
        ProtocolHarness.Succeed(second, renewed);
        second.Receive(StateChanged((int)renewed["id"]!, "a.two"));

        Assert.Equal(("subscribe_events", "state_changed", 2), ((string?)renewed["type"], (string?)renewed["event_type"], (int)renewed["id"]!));
        var changed = (await subscription.Events.ReadAsync().AsTask().WaitAsync(TestTimeout.Value)).AsStateChanged();
        Assert.Equal("a.two", changed?.EntityId);

        // Unsubscribing goes to the renewed id; the test answers it, since its timeout runs in fake time.
        var disposing = subscription.DisposeAsync().AsTask();
        var unsubscribe = await second.NextSentAsync();
        ProtocolHarness.Succeed(second, unsubscribe);
        await disposing.WaitAsync(TestTimeout.Value);
        Assert.Equal(("unsubscribe_events", 2), ((string?)unsubscribe["type"], (int)unsubscribe["subscription"]!));
    }

    [Fact]
    public async Task RunAsync_SubscriberFallsBehind_FramesWaitOnTheSocket_CommandsStillAnswered_NothingLost()
    {
        await using var harness = new ProtocolHarness();
        var (transport, subscription, _) = await StormNobodyReadsAsync(harness);
        // The subscriber reads down to the resume mark: the client reads on, up to the limit again.
        var read = new List<string?>();
        while (subscription.Events.Count > ReadGate.ResumeAt)
        {
            read.Add(Read(subscription));
        }
        await WaitUntilAsync(() => subscription.Events.Count == ReadGate.Limit + 1 && transport.Waiting == Storm - ReadGate.Limit - 1 - read.Count);

        // A command's answer is behind the held frames: the client reads through them to it, holding nothing back.
        var sending = harness.Client.SendAsync(new GetStatesCommand(), CancellationToken.None);
        var command = await transport.NextSentAsync();
        transport.Receive($$"""{"id":{{(int)command["id"]!}},"type":"result","success":true,"result":[]}""");
        await sending.WaitAsync(TestTimeout.Value);

        Assert.Equal(0, transport.Waiting);
        while (subscription.Events.Count > 0)
        {
            read.Add(Read(subscription));
        }
        await AssertReadInOrderThenUnsubscribeAsync(transport, subscription, read, Storm);
    }

    [Fact]
    public async Task RunAsync_SubscriberBehind_ACommandWhoseSenderReadsOnKeepsThePace_AnsweredOnceTheSubscriberReads()
    {
        await using var harness = new ProtocolHarness();
        var (transport, subscription, _) = await StormNobodyReadsAsync(harness);

        // An alert's call: its sender reads on, so its answer may wait behind the storm, which stays with HA.
        var sending = harness.Client.SendAsync(new CallServiceCommand("notify", "phone") { AnswerMayWaitBehindEvents = true }, CancellationToken.None);
        var command = await transport.NextSentAsync();
        transport.Receive($$"""{"id":{{(int)command["id"]!}},"type":"result","success":true,"result":""" + """{"context":{"id":"01J","parent_id":null,"user_id":null}}}""");
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        Assert.Equal((ReadGate.Limit + 1, Storm - ReadGate.Limit - 1 + 1, false), (subscription.Events.Count, transport.Waiting, sending.IsCompleted));

        // The subscriber reads on: the client reads the storm at the subscriber's pace, and then the answer.
        var read = new List<string?>();
        await ReadOnUntilAsync(subscription, read, Storm);
        await sending.WaitAsync(TestTimeout.Value);
        await AssertReadInOrderThenUnsubscribeAsync(transport, subscription, read, Storm);
    }

    [Fact]
    public async Task RunAsync_SubscriberBehindLongerThanHaKeepsAQueue_ReadsOnIntoMemory_HoldsAgainOnceCaughtUp()
    {
        await using var harness = new ProtocolHarness();
        var (transport, subscription, subscriptionId) = await StormNobodyReadsAsync(harness);

        // Until the hold has lasted HoldAtMost, the storm stays with HA.
        harness.Time.Advance(ReadGate.HoldAtMost - TimeSpan.FromMilliseconds(1));
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        Assert.Equal((ReadGate.Limit + 1, Storm - ReadGate.Limit - 1), (subscription.Events.Count, transport.Waiting));

        // Then HA would soon drop the connection and the events it queued: the client reads them all on.
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitUntilAsync(() => subscription.Events.Count == Storm && transport.Waiting == 0);
        Assert.Contains(harness.Logger.Entries, e => e.Id == 2202);

        // Once the subscriber has caught up, a new storm is held at the limit again.
        var read = new List<string?>();
        while (subscription.Events.Count > ReadGate.ResumeAt)
        {
            read.Add(Read(subscription));
        }
        for (var i = Storm; i < Storm * 2; i++)
        {
            transport.Receive(StateChanged(subscriptionId, $"storm.{i}"));
        }
        await WaitUntilAsync(() => subscription.Events.Count == ReadGate.Limit + 1 && transport.Waiting == Storm * 2 - read.Count - ReadGate.Limit - 1);
        await ReadOnUntilAsync(subscription, read, Storm * 2);
        await AssertReadInOrderThenUnsubscribeAsync(transport, subscription, read, Storm * 2);
    }

    [Fact]
    public async Task RunAsync_SubscriberBehindPastTheHardLimit_HoldsAgainWhateverTheTime_ResumesOnceCaughtUp()
    {
        await using var harness = new ProtocolHarness();
        var (transport, subscription, subscriptionId) = await StormNobodyReadsAsync(harness);
        const int Flood = ReadGate.HardLimit + Storm;
        for (var i = Storm; i < Flood; i++)
        {
            transport.Receive(StateChanged(subscriptionId, $"storm.{i}"));
        }

        // The hold runs out and the client reads on, but no further than HA itself would have queued.
        harness.Time.Advance(ReadGate.HoldAtMost);
        await WaitUntilAsync(() => subscription.Events.Count == ReadGate.HardLimit + 1 && transport.Waiting == Flood - ReadGate.HardLimit - 1);
        harness.Time.Advance(ReadGate.HoldAtMost * 2);
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        Assert.Equal((ReadGate.HardLimit + 1, Flood - ReadGate.HardLimit - 1), (subscription.Events.Count, transport.Waiting));

        // Nothing is lost: as the subscriber reads, the rest comes in order.
        var read = new List<string?>();
        await ReadOnUntilAsync(subscription, read, Flood);
        await AssertReadInOrderThenUnsubscribeAsync(transport, subscription, read, Flood);
    }

    [Fact]
    public async Task RunAsync_StoppedWhileASubscriberIsBehind_StopsAtOnce()
    {
        var harness = new ProtocolHarness();
        var transport = await harness.Transports.NextAsync();
        await ProtocolHarness.HandshakeAsync(transport);
        var (subscription, subscriptionId) = await SubscribeToStateChangesAsync(harness, transport);
        for (var i = 0; i <= ReadGate.Limit + 1; i++)
        {
            transport.Receive(StateChanged(subscriptionId, $"storm.{i}"));
        }
        await WaitUntilAsync(() => subscription.Events.Count == ReadGate.Limit + 1 && transport.Waiting == 1);

        // The client stops while reading is held back: the held connection must not keep it from closing.
        await harness.DisposeAsync();

        Assert.True(transport.Disposed);
    }

    private const int Storm = ReadGate.Limit * 4;

    /// <summary>
    /// HA sends <see cref="Storm"/> state changes to a subscriber that reads none: the client takes one event past the
    /// limit, and the rest stay with HA.
    /// </summary>
    private static async Task<(FakeTransport Transport, IHomeAssistantSubscription<HassEvent> Subscription, int SubscriptionId)> StormNobodyReadsAsync(ProtocolHarness harness)
    {
        var transport = await harness.Transports.NextAsync();
        await ProtocolHarness.HandshakeAsync(transport);
        var (subscription, subscriptionId) = await SubscribeToStateChangesAsync(harness, transport);
        for (var i = 0; i < Storm; i++)
        {
            transport.Receive(StateChanged(subscriptionId, $"storm.{i}"));
        }
        await WaitUntilAsync(() => subscription.Events.Count == ReadGate.Limit + 1 && transport.Waiting == Storm - ReadGate.Limit - 1);
        return (transport, subscription, subscriptionId);
    }

    /// <summary>Reads events as they come until <paramref name="read"/> holds <paramref name="total"/>.</summary>
    private static async Task ReadOnUntilAsync(IHomeAssistantSubscription<HassEvent> subscription, List<string?> read, int total)
    {
        while (read.Count < total)
        {
            await subscription.Events.WaitToReadAsync().AsTask().WaitAsync(TestTimeout.Value);
            read.Add(Read(subscription));
        }
    }

    /// <summary>Nothing lost, nothing twice, in HA's order; then unsubscribes, playing HA's answer.</summary>
    private static async Task AssertReadInOrderThenUnsubscribeAsync(
        FakeTransport transport, IHomeAssistantSubscription<HassEvent> subscription, List<string?> read, int total)
    {
        Assert.Equal(Enumerable.Range(0, total).Select(i => $"storm.{i}"), read);
        var disposing = subscription.DisposeAsync().AsTask();
        ProtocolHarness.Succeed(transport, await transport.NextSentAsync());
        await disposing.WaitAsync(TestTimeout.Value);
    }

    /// <summary>Subscribes to state_changed on <paramref name="transport"/>, playing HA's success answer.</summary>
    private static async Task<(IHomeAssistantSubscription<HassEvent> Subscription, int Id)> SubscribeToStateChangesAsync(ProtocolHarness harness, FakeTransport transport)
    {
        var subscribing = harness.Client.SubscribeAsync(new SubscribeEventsCommand(HassEventTypes.StateChanged), CancellationToken.None);
        var subscribe = await transport.NextSentAsync();
        ProtocolHarness.Succeed(transport, subscribe);
        return (await subscribing.WaitAsync(TestTimeout.Value), (int)subscribe["id"]!);
    }

    private static string? Read(IHomeAssistantSubscription<HassEvent> subscription) =>
        subscription.Events.TryRead(out var changed) ? changed.AsStateChanged()?.EntityId : throw new InvalidOperationException("nothing to read");

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TestTimeout.Value;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition never held");
            await Task.Delay(1);
        }
    }

    private static string StateChanged(int subscriptionId, string entityId) =>
        "{\"id\":" + subscriptionId + ",\"type\":\"event\",\"event\":{\"event_type\":\"state_changed\",\"data\":{\"entity_id\":\"" + entityId + "\"}}}";
}
