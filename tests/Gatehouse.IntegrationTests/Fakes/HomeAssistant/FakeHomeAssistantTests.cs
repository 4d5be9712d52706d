namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>The fake against HA's own behaviour (websocket_api http.py/connection.py, the 2022.12 transcript), frame by frame.</summary>
public sealed class FakeHomeAssistantTests : IAsyncLifetime
{
    private FakeHomeAssistant _ha = null!;

    public async Task InitializeAsync() => _ha = await FakeHomeAssistant.StartAsync();

    public async Task DisposeAsync() => await _ha.DisposeAsync();

    [Fact]
    public async Task AuthPhase_NoAuthMessage_ClosedAfterAuthTimeout()
    {
        _ha.AuthTimeout = TimeSpan.FromMilliseconds(200);
        await using var socket = await RawHaSocket.ConnectAsync(_ha.WebSocketUrl);

        Assert.Equal("""{"type":"auth_required","ha_version":"2026.9.2"}""", await socket.ReceiveAsync());
        Assert.Null(await socket.ReceiveAsync());
        Assert.Equal(1, _ha.AuthTimeouts);
    }

    [Fact]
    public async Task AuthPhase_WrongToken_AuthInvalidThenClosedAndRecordedAsFailedLogin()
    {
        await using var socket = await RawHaSocket.ConnectAsync(_ha.WebSocketUrl);
        await socket.ReceiveAsync();

        await socket.SendAsync("""{"type": "auth", "access_token": "wrong"}""");

        Assert.Equal("""{"type":"auth_invalid","message":"Invalid access token or password"}""", await socket.ReceiveAsync());
        Assert.Null(await socket.ReceiveAsync());
        var notice = Assert.Single(_ha.Notifications.List());
        Assert.Equal("Login attempt or request with invalid authentication from localhost (127.0.0.1). See the log for details.", (string?)notice["message"]);
        Assert.EndsWith("Requested URL: '/api/websocket'. (None)", (string?)_ha.SystemLog.List()[0]["message"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandPhase_IdRules_AnsweredAsHaDoes()
    {
        await using var socket = await RawHaSocket.ConnectAsync(_ha.WebSocketUrl, FakeHomeAssistant.Token);

        await socket.SendAsync("""{"id": 4, "type": "ping"}""");
        Assert.Equal("""{"id":4,"type":"pong"}""", await socket.ReceiveAsync());
        await socket.SendAsync("""{"id": 4, "type": "ping"}""");
        Assert.Equal("""{"id":4,"type":"result","success":false,"error":{"code":"id_reuse","message":"Identifier values have to increase."}}""", await socket.ReceiveAsync());
        await socket.SendAsync("""{"id": "x", "type": "ping"}""");
        Assert.Equal("""{"id":"x","type":"result","success":false,"error":{"code":"invalid_format","message":"Message incorrectly formatted."}}""", await socket.ReceiveAsync());
        await socket.SendAsync("""{"id": 0, "type": "ping"}""");
        Assert.Equal("""{"id":0,"type":"result","success":false,"error":{"code":"invalid_format","message":"Message incorrectly formatted."}}""", await socket.ReceiveAsync());
        await socket.SendAsync("""{"id": 5, "type": "no/such_command"}""");
        Assert.Equal("""{"id":5,"type":"result","success":false,"error":{"code":"unknown_command","message":"Unknown command."}}""", await socket.ReceiveAsync());
        // An unknown command does not move last_id: 5 is still free.
        await socket.SendAsync("""{"id": 5, "type": "ping"}""");
        Assert.Equal("""{"id":5,"type":"pong"}""", await socket.ReceiveAsync());
    }

    [Fact]
    public async Task Writer_WithoutCoalescingOptIn_SendsOneObjectPerFrame()
    {
        await using var socket = await RawHaSocket.ConnectAsync(_ha.WebSocketUrl, FakeHomeAssistant.Token);
        await socket.SendAsync("""{"id": 1, "type": "persistent_notification/subscribe"}""");
        Assert.Equal("""{"id":1,"type":"result","success":true,"result":null}""", await socket.ReceiveAsync());
        Assert.Equal("""{"id":1,"type":"event","event":{"type":"current","notifications":{}}}""", await socket.ReceiveAsync());

        using (_ha.HoldWriters())
        {
            _ha.Notifications.Create("a", null, "A", DateTimeOffset.UtcNow);
            _ha.Notifications.Create("b", null, "B", DateTimeOffset.UtcNow);
        }

        Assert.Equal("added", (string?)(await socket.ReceiveJsonAsync())["event"]!["type"]);
        Assert.Equal("added", (string?)(await socket.ReceiveJsonAsync())["event"]!["type"]);
        Assert.Equal(0, _ha.ArrayFramesSent);
    }

    [Fact]
    public async Task Writer_AfterOptIn_CoalescesIntoOneArrayFrame()
    {
        await using var socket = await RawHaSocket.ConnectAsync(_ha.WebSocketUrl, FakeHomeAssistant.Token);
        await socket.SendAsync("""[{"id": 1, "type": "supported_features", "features": {"coalesce_messages": 1}}, {"id": 2, "type": "ping"}]""");

        var frame = await socket.ReceiveJsonAsync();

        Assert.Equal("""[{"id":1,"type":"result","success":true,"result":null},{"id":2,"type":"pong"}]""",
            frame.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public async Task CommandPhase_InvalidJson_ConnectionDropped()
    {
        await using var socket = await RawHaSocket.ConnectAsync(_ha.WebSocketUrl, FakeHomeAssistant.Token);

        await socket.SendAsync("{not json");

        Assert.Null(await socket.ReceiveAsync());
    }

    [Fact]
    public async Task Notifications_Current_ReCreatingAnIdSendsUpdated()
    {
        await using var socket = await RawHaSocket.ConnectAsync(_ha.WebSocketUrl, FakeHomeAssistant.Token);
        await socket.SendAsync("""{"id": 1, "type": "persistent_notification/subscribe"}""");
        await socket.ReceiveAsync();
        await socket.ReceiveAsync();

        _ha.SimulateFailedLogin("203.0.113.5", "host.example");
        _ha.SimulateFailedLogin("203.0.113.5", "host.example");

        var added = await socket.ReceiveJsonAsync();
        var updated = await socket.ReceiveJsonAsync();
        Assert.Equal(("added", "updated"), ((string?)added["event"]!["type"], (string?)updated["event"]!["type"]));
        var notice = updated["event"]!["notifications"]!["http-login"]!;
        Assert.Equal(("Login attempt failed", "http-login"), ((string?)notice["title"], (string?)notice["notification_id"]));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$", (string?)notice["created_at"]);
    }
}
