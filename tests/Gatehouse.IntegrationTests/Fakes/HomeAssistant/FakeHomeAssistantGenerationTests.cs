using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// Each generation of the fake refuses what that release of HA refuses, with HA's codes and texts, and fires the
/// events that release fires (release notes and sources in <see cref="HaGeneration"/>; the 2022.12 answers are the
/// recorded ones in reference/samples).
/// </summary>
public sealed class FakeHomeAssistantGenerationTests : IAsyncLifetime
{
    private FakeHomeAssistant? _ha;

    public static TheoryData<HaGeneration> Generations => new(HaGenerations.All);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_ha is not null)
        {
            await _ha.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task CallService_ReturnResponseKey_RefusedBefore2023_12(HaGeneration generation)
    {
        await using var socket = await ConnectAsync(generation);

        await socket.SendAsync("""{"id": 1, "type": "call_service", "domain": "notify", "service": "testfile", "service_data": {"message": "x"}, "return_response": false}""");

        var answer = await socket.ReceiveAsync();
        if (generation < HaGeneration.From2023_12)
        {
            Assert.Equal("""{"id":1,"type":"result","success":false,"error":{"code":"invalid_format","message":"extra keys not allowed @ data['return_response']. Got False"}}""", answer);
            Assert.Contains("Error handling message: extra keys not allowed @ data['return_response']. Got False (invalid_format)", (string?)_ha!.SystemLog.List()[0]["message"]![0], StringComparison.Ordinal);
        }
        else
        {
            Assert.StartsWith("""{"id":1,"type":"result","success":true,"result":{"context":""", answer, StringComparison.Ordinal);
        }
        // The call without the key works on every generation.
        await socket.SendAsync("""{"id": 2, "type": "call_service", "domain": "notify", "service": "testfile", "service_data": {"message": "x", "title": "t", "data": {"tag": "a"}}}""");
        Assert.True((bool)(await socket.ReceiveJsonAsync())["success"]!);
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task NotificationSubscribe_UnknownBefore2023_6(HaGeneration generation)
    {
        await using var socket = await ConnectAsync(generation);

        await socket.SendAsync("""{"id": 1, "type": "persistent_notification/subscribe"}""");

        Assert.Equal(generation == HaGeneration.Until2023_5
            ? """{"id":1,"type":"result","success":false,"error":{"code":"unknown_command","message":"Unknown command."}}"""
            : """{"id":1,"type":"result","success":true,"result":null}""", await socket.ReceiveAsync());
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task UnknownService_NotFoundInEachReleasesWords(HaGeneration generation)
    {
        await using var socket = await ConnectAsync(generation);

        await socket.SendAsync("""{"id": 1, "type": "call_service", "domain": "notify", "service": "nonexistent", "service_data": {"message": "x"}}""");

        var error = (await socket.ReceiveJsonAsync())["error"]!;
        Assert.Equal("not_found", (string?)error["code"]);
        Assert.Equal(generation < HaGeneration.From2023_12 ? "Service not found." : "Service notify.nonexistent not found.", (string?)error["message"]);
        Assert.Equal(generation < HaGeneration.From2023_12 ? null : "service_not_found", (string?)error["translation_key"]);
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task NotifyService_UnknownDataKey_InvalidFormatWithoutGot(HaGeneration generation)
    {
        await using var socket = await ConnectAsync(generation);

        await socket.SendAsync("""{"id": 1, "type": "call_service", "domain": "notify", "service": "testfile", "service_data": {"message": "x", "priority": "high"}}""");

        Assert.Equal("""{"id":1,"type":"result","success":false,"error":{"code":"invalid_format","message":"extra keys not allowed @ data['priority']"}}""", await socket.ReceiveAsync());
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task SendMessage_NotifyEntitiesFrom2024_5_NoDataKey(HaGeneration generation)
    {
        await using var socket = await ConnectAsync(generation);

        await socket.SendAsync("""{"id": 1, "type": "call_service", "domain": "notify", "service": "send_message", "service_data": {"message": "x", "title": "t"}, "target": {"entity_id": ["notify.kitchen"]}}""");
        await socket.SendAsync("""{"id": 2, "type": "call_service", "domain": "notify", "service": "send_message", "service_data": {"message": "x", "data": {"tag": "a"}}, "target": {"entity_id": ["notify.kitchen"]}}""");

        var withTitle = await socket.ReceiveJsonAsync();
        var withData = await socket.ReceiveJsonAsync();
        if (generation < HaGeneration.From2025_10)
        {
            Assert.Equal("not_found", (string?)withTitle["error"]!["code"]);
            return;
        }
        Assert.True((bool)withTitle["success"]!);
        Assert.Equal("extra keys not allowed @ data['data']", (string?)withData["error"]!["message"]);
    }

    [Fact]
    public async Task LegacyNotices_StateMachineRules_IdenticalRepeatInvisible_LastChangedKept()
    {
        await using var socket = await ConnectAsync(HaGeneration.Until2023_5);
        await socket.SendAsync("""{"id": 1, "type": "subscribe_events", "event_type": "state_changed"}""");
        await socket.ReceiveAsync();

        _ha!.SimulateFailedLogin("203.0.113.5");
        var first = (await socket.ReceiveJsonAsync())["event"]!["data"]!["new_state"]!;
        _ha.SimulateFailedLogin("203.0.113.5"); // the same text while shown: no event
        _ha.SimulateFailedLogin("198.51.100.7");
        var second = await socket.ReceiveJsonAsync();

        var data = second["event"]!["data"]!;
        Assert.Contains("198.51.100.7", (string?)data["new_state"]!["attributes"]!["message"], StringComparison.Ordinal);
        Assert.Contains("203.0.113.5", (string?)data["old_state"]!["attributes"]!["message"], StringComparison.Ordinal);
        Assert.Equal((string?)first["last_changed"], (string?)data["new_state"]!["last_changed"]);
        Assert.NotEqual((string?)first["last_updated"], (string?)data["new_state"]!["last_updated"]);
        Assert.Equal(["message", "title", "friendly_name"], ((JObject)data["new_state"]!["attributes"]!).Properties().Select(p => p.Name));
    }

    [Theory]
    [InlineData(HaGeneration.From2023_6, "added")]
    [InlineData(HaGeneration.From2026_9, "updated")]
    public async Task RecreatedNotice_NewCreatedAt_AddedOrUpdated(HaGeneration generation, string type)
    {
        await using var socket = await ConnectAsync(generation);
        await socket.SendAsync("""{"id": 1, "type": "persistent_notification/subscribe"}""");
        await socket.ReceiveAsync();
        await socket.ReceiveAsync();

        _ha!.SimulateFailedLogin("203.0.113.5", "host.example");
        var first = await socket.ReceiveJsonAsync();
        _ha.SimulateFailedLogin("203.0.113.5", "host.example");
        var again = await socket.ReceiveJsonAsync();

        Assert.Equal(("added", type), ((string?)first["event"]!["type"], (string?)again["event"]!["type"]));
        // persistent_notification.async_create stamps utcnow() on every create, the re-created one too.
        Assert.NotEqual((string?)first["event"]!["notifications"]!["http-login"]!["created_at"], (string?)again["event"]!["notifications"]!["http-login"]!["created_at"]);
    }

    /// <summary>
    /// A client that reads nothing while notices keep coming: once HA's queue for it holds MAX_PENDING_MSG, HA drops
    /// the connection and what waited. The notices are large, so the socket's own buffers take only part of them.
    /// </summary>
    [Theory]
    [InlineData(HaGeneration.Until2023_5)]
    [InlineData(HaGeneration.From2026_9)]
    public async Task Writer_ClientReadsNothing_QueueReachesMaxPending_ConnectionDropped(HaGeneration generation)
    {
        await using var socket = await SubscribeToNoticesAsync(generation);
        var limits = new PendingMessageLimits(generation);
        var started = DateTimeOffset.UtcNow;

        for (var i = 0; i < limits.Max * 3 && _ha!.ClientsDroppedForFallingBehind == 0; i++)
        {
            _ha.Notifications.Create($"flood-{i}", "Flood", new string('x', 16 * 1024), DateTimeOffset.UtcNow);
        }

        await _ha!.WaitUntilAsync(ha => ha.ClientsDroppedForFallingBehind == 1, "the client to be dropped");
        // At once, by the maximum: not the peak's timer, which would also drop it, but only after PeakTime.
        Assert.True(DateTimeOffset.UtcNow - started < limits.PeakTime, $"dropped {(DateTimeOffset.UtcNow - started).TotalSeconds:0.0} s after the flood began");
        Assert.Contains(_ha.SystemLog.List(), e => ((string?)e["message"]![0])!.StartsWith("Client unable to keep up with pending messages", StringComparison.Ordinal));
    }

    /// <summary>Over PENDING_MSG_PEAK (512 on 2022.12) but under the maximum: dropped once it stays there for PENDING_MSG_PEAK_TIME (5 s).</summary>
    [Fact]
    public async Task Writer_ClientReadsNothing_QueueStaysOverThePeak_ConnectionDroppedAfterPeakTime()
    {
        const HaGeneration Oldest = HaGeneration.Until2023_5;
        await using var socket = await SubscribeToNoticesAsync(Oldest);
        var limits = new PendingMessageLimits(Oldest);

        var started = DateTimeOffset.UtcNow;
        for (var i = 0; i < limits.Max - 1; i++)
        {
            _ha!.Notifications.Create($"flood-{i}", "Flood", new string('x', 16 * 1024), DateTimeOffset.UtcNow);
        }
        var sent = DateTimeOffset.UtcNow;
        await _ha!.WaitUntilAsync(ha => ha.ClientsDroppedForFallingBehind == 1, "the client to be dropped");
        var dropped = DateTimeOffset.UtcNow;

        // The queue went over the peak after the flood started and before it ended; the drop is PeakTime after that.
        Assert.True(dropped - started >= limits.PeakTime - TimeSpan.FromMilliseconds(100), $"dropped {(dropped - started).TotalSeconds:0.0} s after the flood began");
        Assert.True(dropped - sent <= limits.PeakTime + TimeSpan.FromSeconds(3), $"dropped {(dropped - sent).TotalSeconds:0.0} s after the flood ended");
    }

    /// <summary>Connects and subscribes to what carries notices on <paramref name="generation"/>, reading only HA's answer.</summary>
    private async Task<RawHaSocket> SubscribeToNoticesAsync(HaGeneration generation)
    {
        var socket = await ConnectAsync(generation);
        await socket.SendAsync(generation.NoticesAreEntities()
            ? """{"id": 1, "type": "subscribe_events", "event_type": "state_changed"}"""
            : """{"id": 1, "type": "persistent_notification/subscribe"}""");
        Assert.Contains("\"success\":true", await socket.ReceiveAsync(), StringComparison.Ordinal);
        return socket;
    }

    private async Task<RawHaSocket> ConnectAsync(HaGeneration generation)
    {
        _ha = await FakeHomeAssistant.StartAsync(generation);
        return await RawHaSocket.ConnectAsync(_ha.WebSocketUrl, FakeHomeAssistant.Token);
    }
}
