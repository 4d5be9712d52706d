using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Messages;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.HomeAssistant.Client;

public sealed class HomeAssistantClientTests : IAsyncLifetime
{
    private FakeHomeAssistant _ha = null!;

    public async Task InitializeAsync() => _ha = await FakeHomeAssistant.StartAsync();

    public async Task DisposeAsync() => await _ha.DisposeAsync();

    [Fact]
    public async Task RunAsync_Standalone_AuthenticatesThenOptsInToCoalescingWithIdOne()
    {
        await using var harness = Harness();

        var connected = await harness.WaitForSessionAsync(1);

        Assert.Equal(("2026.9.2", false), (connected.HaVersion, connected.IsReconnect));
        var first = await _ha.WaitForCommandAsync("supported_features");
        Assert.Equal(1, (int)first.Id!);
        Assert.Equal(1, (int)first.Message["features"]!["coalesce_messages"]!);
        Assert.Equal(1, _ha.AuthenticatedConnections);
        Assert.True(harness.Client.IsConnected);
    }

    [Fact]
    public async Task SendAsync_ConcurrentCommands_IdsStrictlyIncreaseOnTheWireAndRestartAfterReconnect()
    {
        await using var harness = Harness();
        await harness.WaitForSessionAsync(1);

        await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => harness.Client.SendAsync(new GetConfigCommand(), harness.Timeout.Token)));
        await _ha.CloseConnectionsAsync();
        await harness.WaitForSessionAsync(2);
        await harness.Client.SendAsync(new GetConfigCommand(), harness.Timeout.Token);

        int[] Ids(int connection) => [.. _ha.ReceivedFrames.Where(f => f.Connection == connection).Select(f => (int)f.Id!)];
        Assert.Equal(Enumerable.Range(1, 26), Ids(1));
        Assert.Equal([1, 2], Ids(2));
        Assert.DoesNotContain(_ha.ReceivedFrames, frame => frame.Id is null || (int)frame.Id == 0);
    }

    [Fact]
    public async Task SubscribeAsync_EventsArriveCoalesced_ArrayFramesAreSplitInOrder()
    {
        await using var harness = Harness();
        await using var subscription = await harness.Client.SubscribeAsync(new SubscribePersistentNotificationsCommand(), harness.Timeout.Token);
        Assert.True((await subscription.Events.ReadAsync(harness.Timeout.Token)).IsCurrent);

        using (_ha.HoldWriters())
        {
            _ha.Notifications.Create("one", "1", "first", DateTimeOffset.UtcNow);
            _ha.Notifications.Create("two", "2", "second", DateTimeOffset.UtcNow);
            _ha.Notifications.Create("three", "3", "third", DateTimeOffset.UtcNow);
        }

        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.AddRange((await subscription.Events.ReadAsync(harness.Timeout.Token)).Notifications.Keys);
        }
        Assert.Equal(["one", "two", "three"], ids);
        Assert.True(_ha.ArrayFramesSent > 0);
    }

    [Fact]
    public async Task Heartbeat_PongsStopComing_LinkDeclaredDeadAndReconnected()
    {
        await using var harness = Harness(options => options with
        {
            HeartbeatInterval = TimeSpan.FromMilliseconds(100),
            PongTimeout = TimeSpan.FromMilliseconds(300),
        });
        await harness.WaitForSessionAsync(1);

        _ha.IgnorePings = true;
        await _ha.WaitForCommandAsync("ping");
        var second = await harness.WaitForSessionAsync(2);

        Assert.True(second.IsReconnect);
        Assert.Contains(harness.LogRecords, record => record.Id.Id == 2008);
    }

    [Fact]
    public async Task Heartbeat_QuietButHealthyLink_StaysOnOneConnection()
    {
        await using var harness = Harness(options => options with { HeartbeatInterval = TimeSpan.FromMilliseconds(50) });
        await harness.WaitForSessionAsync(1);

        await _ha.WaitUntilAsync(ha => ha.ReceivedFrames.Count(f => f.Type == "ping") >= 8, "eight pings");

        Assert.Equal((1, 1), (_ha.Connections, _ha.AuthenticatedConnections));
        Assert.DoesNotContain(harness.LogRecords, record => record.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task RunAsync_ServerClosesMidStream_ReconnectsResubscribesAndDeliversLaterEvents()
    {
        await using var harness = Harness();
        await using var subscription = await harness.Client.SubscribeAsync(new SubscribePersistentNotificationsCommand(), harness.Timeout.Token);
        await subscription.Events.ReadAsync(harness.Timeout.Token);
        _ha.SimulateFailedLogin("203.0.113.5");
        Assert.Equal("added", (await subscription.Events.ReadAsync(harness.Timeout.Token)).Type);

        await _ha.CloseConnectionsAsync();
        var again = await harness.WaitForSessionAsync(2);
        var current = await subscription.Events.ReadAsync(harness.Timeout.Token);
        _ha.SimulateFailedLogin("198.51.100.7", "attacker.example");
        var updated = await subscription.Events.ReadAsync(harness.Timeout.Token);

        Assert.True(again.IsReconnect);
        Assert.True(current.IsCurrent);
        Assert.Contains("203.0.113.5", current.Notifications[FakeHomeAssistant.LoginNotificationId].Message, StringComparison.Ordinal);
        Assert.Equal("updated", updated.Type);
        Assert.Equal("Login attempt or request with invalid authentication from attacker.example (198.51.100.7). See the log for details.",
            updated.Notifications[FakeHomeAssistant.LoginNotificationId].Message);
        Assert.Single(_ha.ReceivedFrames, f => f.Connection == 2 && f.Type == "persistent_notification/subscribe");
        Assert.Contains(harness.LogRecords, record => record.Id.Id == 2001);
    }

    [Fact]
    public async Task SubscribeAsync_ConnectionDropsBeforeTheAnswer_SubscribedOnceOnTheNextConnection()
    {
        await using var harness = Harness();
        await harness.WaitForSessionAsync(1);
        Task<IHomeAssistantSubscription<PersistentNotificationUpdate>> subscribing;
        using (_ha.HoldReplies("persistent_notification/subscribe"))
        {
            subscribing = harness.Client.SubscribeAsync(new SubscribePersistentNotificationsCommand(), harness.Timeout.Token);
            await _ha.WaitForCommandAsync("persistent_notification/subscribe", connection: 1);
            await _ha.CloseConnectionsAsync();
        }

        await using var subscription = await subscribing;

        Assert.True((await subscription.Events.ReadAsync(harness.Timeout.Token)).IsCurrent);
        Assert.Single(_ha.ReceivedFrames, f => f.Connection == 2 && f.Type == "persistent_notification/subscribe");
    }

    [Fact]
    public async Task RunAsync_ConnectionAborted_Reconnects()
    {
        await using var harness = Harness();
        await harness.WaitForSessionAsync(1);

        _ha.AbortConnections();
        await harness.WaitForSessionAsync(2);

        Assert.NotNull(await harness.Client.SendAsync(new GetConfigCommand(), harness.Timeout.Token));
    }

    [Fact]
    public async Task RunAsync_TokenRefused_OneErrorWithTheFixThenSlowRetries()
    {
        _ha.AcceptedToken = "another-token";
        var retry = TimeSpan.FromMilliseconds(300);
        await using var harness = Harness(options => options with { AuthInvalidRetryDelay = retry });

        await _ha.WaitUntilAsync(ha => ha.AuthAttempts.Count >= 3, "three auth attempts");

        var attempts = _ha.AuthAttempts.ToArray();
        Assert.All(attempts.Zip(attempts.Skip(1)), pair => Assert.True(pair.Second - pair.First >= retry - TimeSpan.FromMilliseconds(15),
            $"retried after {(pair.Second - pair.First).TotalMilliseconds} ms"));
        var error = Assert.Single(harness.At(LogLevel.Error));
        Assert.Contains("HA_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid access token or password", error.Message, StringComparison.Ordinal);
        Assert.False(harness.Client.IsConnected);
    }

    [Fact]
    public async Task SendAsync_GetStatesOf64MiB_ReadsEveryState()
    {
        const int attributeChars = 64 * 1024;
        const int count = 1030; // 1030 × 64 KiB > 64 MiB
        _ha.AddStates(Enumerable.Range(0, count).Select(i => new JObject
        {
            ["entity_id"] = $"sensor.big_{i}",
            ["state"] = "on",
            ["attributes"] = new JObject { ["blob"] = new string('x', attributeChars) },
        }));
        await using var harness = Harness();

        var states = await harness.Client.SendAsync(new GetStatesCommand(), harness.Timeout.Token);

        Assert.Equal(count + 3, states.Count);
        Assert.True(states.Sum(state => state.Attribute("blob")?.Length ?? 0) >= 64 * 1024 * 1024);
    }

    [Fact]
    public async Task SendAsync_ReadCommands_TypedResultsAsHaSendsThem()
    {
        await using var harness = Harness();

        var config = await harness.Client.SendAsync(new GetConfigCommand(), harness.Timeout.Token);
        var services = await harness.Client.SendAsync(new GetServicesCommand(), harness.Timeout.Token);
        var users = await harness.Client.SendAsync(new ListUsersCommand(), harness.Timeout.Token);
        var states = await harness.Client.SendAsync(new GetStatesCommand(), harness.Timeout.Token);

        Assert.Equal((52.37, 4.89, "UTC"), (config.Latitude, config.Longitude, config.TimeZone));
        Assert.Contains("persistent_notification", config.Components);
        Assert.NotNull(services["notify"]?["testfile"]);
        Assert.Contains(users, user => user is { SystemGenerated: true, IsOwner: false });
        Assert.Contains(users, user => user.IsOwner && user.GroupIds.Contains("system-admin"));
        var person = Assert.Single(states, state => state.EntityId == "person.owner");
        Assert.Equal(("unknown", "Owner"), (person.State, person.Attribute("friendly_name")));
        Assert.NotNull(person.LastChanged);
    }

    [Fact]
    public async Task SendAsync_UnknownServiceAndScriptedFailure_TypedErrors()
    {
        _ha.Services.Fail("notify", "testfile", "home_assistant_error", "Unable to write to file");
        await using var harness = Harness();

        var notFound = await Assert.ThrowsAsync<HomeAssistantCommandException>(() =>
            harness.Client.SendAsync(new CallServiceCommand("notify", "nobody"), harness.Timeout.Token));
        var failed = await Assert.ThrowsAsync<HomeAssistantCommandException>(() =>
            harness.Client.SendAsync(new CallServiceCommand("notify", "testfile"), harness.Timeout.Token));

        Assert.Equal((HassErrorCodes.NotFound, "Service notify.nobody not found.", "service_not_found"),
            (notFound.Code, notFound.Error.Message, notFound.Error.TranslationKey));
        Assert.Equal("nobody", (string?)notFound.Error.TranslationPlaceholders?["service"]);
        Assert.Equal(("home_assistant_error", "Unable to write to file"), (failed.Code, failed.Error.Message));
        Assert.Equal(["nobody", "testfile"], _ha.Services.Calls.Select(call => call.Service));
    }

    [Fact]
    public async Task SendAsync_CallServiceWithTargetAndResponse_RecordedAndAnswered()
    {
        _ha.Services.Add("weather", "get_forecasts");
        _ha.Services.RespondWith("weather", "get_forecasts", new JObject { ["weather.home"] = new JObject { ["forecast"] = new JArray() } });
        await using var harness = Harness();

        var result = await harness.Client.SendAsync(new CallServiceCommand("weather", "get_forecasts")
        {
            ServiceData = new JObject { ["type"] = "daily" },
            Target = ServiceTarget.Entity("weather.home"),
            ReturnResponse = true,
        }, harness.Timeout.Token);

        Assert.NotNull(result.Context);
        Assert.NotNull(result.Response?["weather.home"]);
        var call = Assert.Single(_ha.Services.Calls);
        Assert.Equal(("weather.home", true, "daily"), ((string?)call.Target?["entity_id"]?[0], call.ReturnResponse, (string?)call.ServiceData?["type"]));
    }

    [Fact]
    public async Task SendAsync_ResponseAskedOfANotifyService_ServiceValidationError()
    {
        await using var harness = Harness();

        var refused = await Assert.ThrowsAsync<HomeAssistantCommandException>(() =>
            harness.Client.SendAsync(new CallServiceCommand("notify", "testfile") { ReturnResponse = true }, harness.Timeout.Token));

        Assert.Equal((HassErrorCodes.ServiceValidationError, "service_does_not_support_response"), (refused.Code, refused.Error.TranslationKey));
    }

    [Fact]
    public async Task SendAsync_SlowReply_TimesOutThenTheConnectionStillServes()
    {
        await using var harness = Harness();
        await harness.WaitForSessionAsync(1);

        using (_ha.HoldReplies("get_config"))
        {
            await Assert.ThrowsAsync<TimeoutException>(() =>
                harness.Client.SendAsync(new GetConfigCommand(), harness.Timeout.Token, TimeSpan.FromMilliseconds(200)));
        }
        var users = await harness.Client.SendAsync(new ListUsersCommand(), harness.Timeout.Token);

        Assert.Contains(users, user => user is { IsOwner: true, Name: "Owner" });
        Assert.Equal(1, _ha.Connections);
    }

    [Fact]
    public async Task SendAsync_ConnectionClosesWhileWaiting_ConnectionLostMayHaveRun()
    {
        await using var harness = Harness();
        await harness.WaitForSessionAsync(1);
        using var held = _ha.HoldReplies("get_states");

        var call = harness.Client.SendAsync(new GetStatesCommand(), harness.Timeout.Token);
        await _ha.WaitForCommandAsync("get_states");
        await _ha.CloseConnectionsAsync();

        var lost = await Assert.ThrowsAsync<HomeAssistantConnectionException>(() => call);
        Assert.Equal((DisconnectReason.ConnectionLost, true), (lost.Reason, lost.CommandMayHaveRun));
    }

    [Fact]
    public async Task RunAsync_GarbageFrames_SkippedAndTheConnectionKeepsServing()
    {
        await using var harness = Harness();
        await harness.WaitForSessionAsync(1);

        _ha.SendRawToAll("this is not json {");
        _ha.SendRawToAll("[1, 2, 3]");
        _ha.SendRawToAll("""{"type": "result", "id": 99999, "success": true, "result": null}""");
        var config = await harness.Client.SendAsync(new GetConfigCommand(), harness.Timeout.Token);

        Assert.Equal("HA Test", config.LocationName);
        Assert.Equal(1, _ha.Connections);
        Assert.Equal(2, harness.LogRecords.Count(record => record.Id.Id == 2100));
    }

    [Fact]
    public async Task Commands_Legacy_SubscribeIsUnknownSoStateChangedCarriesTheNotice()
    {
        await using var legacy = await FakeHomeAssistant.StartAsync(HaGeneration.Until2023_5);
        legacy.SystemLogAvailable = false;
        await using var harness = new ClientHarness(HomeAssistantEndpoint.Standalone(legacy.BaseUrl, FakeHomeAssistant.Token));

        var unknown = await Assert.ThrowsAsync<HomeAssistantCommandException>(() =>
            harness.Client.SubscribeAsync(new SubscribePersistentNotificationsCommand(), harness.Timeout.Token));
        await using var states = await harness.Client.SubscribeAsync(new SubscribeEventsCommand(HassEventTypes.StateChanged), harness.Timeout.Token);
        legacy.SimulateFailedLogin("192.168.1.20");
        var changed = (await states.Events.ReadAsync(harness.Timeout.Token)).AsStateChanged()!;
        var noLog = await Assert.ThrowsAsync<HomeAssistantCommandException>(() =>
            harness.Client.SendAsync(new ListSystemLogCommand(), harness.Timeout.Token));
        var notices = await harness.Client.SendAsync(new GetPersistentNotificationsCommand(), harness.Timeout.Token);

        Assert.True(unknown.IsUnsupported);
        Assert.Equal("persistent_notification.http_login", changed.EntityId);
        Assert.Null(changed.OldState);
        Assert.Equal(("Login attempt failed", "Login attempt or request with invalid authentication from 192.168.1.20 (192.168.1.20). See the log for details."),
            (changed.NewState!.Attribute("title"), changed.NewState.Attribute("message")));
        Assert.True(noLog.IsUnsupported);
        Assert.Equal(("http-login", "unread"), (notices[0].NotificationId, notices[0].Status));
    }

    [Fact]
    public async Task SendAsync_CommandNewerThanTheConnectedRelease_RefusedWithoutSending()
    {
        await using var legacy = await FakeHomeAssistant.StartAsync(HaGeneration.Until2023_5);
        await using var harness = new ClientHarness(HomeAssistantEndpoint.Standalone(legacy.BaseUrl, FakeHomeAssistant.Token));

        var refused = await Assert.ThrowsAsync<HomeAssistantCommandException>(() =>
            harness.Client.SendAsync(new CallServiceCommand("notify", "testfile") { ReturnResponse = true }, harness.Timeout.Token));
        var subscribe = await Assert.ThrowsAsync<HomeAssistantCommandException>(() =>
            harness.Client.SubscribeAsync(new SubscribePersistentNotificationsCommand(), harness.Timeout.Token));
        await harness.Client.SendAsync(new CallServiceCommand("notify", "testfile") { ServiceData = new JObject { ["message"] = "x" } }, harness.Timeout.Token);

        Assert.Equal((HassErrorCodes.NotSupported, true), (refused.Code, refused.IsUnsupported));
        Assert.Contains("Home Assistant 2022.12.9 does not support this; it needs 2023.12 or later", refused.Message, StringComparison.Ordinal);
        Assert.True(subscribe.IsUnsupported);
        // Neither refused command reached HA (which would log an error for each); the plain call did, without the key.
        var sent = legacy.ReceivedFrames.Where(f => f.Type is "call_service" or "persistent_notification/subscribe").ToList();
        Assert.Equal([null], sent.Select(f => f.Message["return_response"]));
        Assert.Empty(legacy.SystemLog.List());
        Assert.Equal(2022, harness.Client.Release?.Year);
    }

    [Fact]
    public async Task Commands_Modern_ReCreatedNoticeArrivesAsAddedAgain()
    {
        await using var modern = await FakeHomeAssistant.StartAsync(HaGeneration.From2023_12);
        await using var harness = new ClientHarness(HomeAssistantEndpoint.Standalone(modern.BaseUrl, FakeHomeAssistant.Token));
        await using var subscription = await harness.Client.SubscribeAsync(new SubscribePersistentNotificationsCommand(), harness.Timeout.Token);
        await subscription.Events.ReadAsync(harness.Timeout.Token);

        modern.SimulateFailedLogin("203.0.113.5");
        modern.SimulateFailedLogin("203.0.113.5");

        var first = await subscription.Events.ReadAsync(harness.Timeout.Token);
        var second = await subscription.Events.ReadAsync(harness.Timeout.Token);
        Assert.Equal(("added", "added"), (first.Type, second.Type));
        Assert.All([first, second], update => Assert.True(update.IsAddedOrUpdated));
    }

    [Fact]
    public async Task SendAsync_SystemLogAfterFailedLogins_OneDeduplicatedEntryWithUrlAndUserAgent()
    {
        await using var harness = Harness();
        _ha.SimulateFailedLogin("203.0.113.5", url: "/auth/login_flow/abc", userAgent: "curl/8.5.0");
        _ha.SimulateFailedLogin("203.0.113.5", url: "/auth/token", userAgent: null);

        var entries = await harness.Client.SendAsync(new ListSystemLogCommand(), harness.Timeout.Token);

        var entry = Assert.Single(entries);
        Assert.Equal((FakeHomeAssistant.BanLogger, "WARNING", 2), (entry.Name, entry.Level, entry.Count));
        Assert.Equal([
            "Login attempt or request with invalid authentication from 203.0.113.5 (203.0.113.5). Requested URL: '/auth/login_flow/abc'. (curl/8.5.0)",
            "Login attempt or request with invalid authentication from 203.0.113.5 (203.0.113.5). Requested URL: '/auth/token'. (None)",
        ], entry.Messages);
    }

    [Fact]
    public async Task Logs_AfterRefusalsReconnectsAndCommands_NeverContainTheToken()
    {
        _ha.AcceptedToken = "another-token";
        await using var harness = Harness(options => options with { AuthInvalidRetryDelay = TimeSpan.FromMilliseconds(50) });
        await _ha.WaitUntilAsync(ha => ha.AuthAttempts.Count >= 2, "two refused attempts");
        _ha.AcceptedToken = FakeHomeAssistant.Token;
        await harness.WaitForSessionAsync(1);
        _ha.SendRawToAll("garbage");
        await _ha.CloseConnectionsAsync();
        await harness.WaitForSessionAsync(2);
        await harness.Client.SendAsync(new GetConfigCommand(), harness.Timeout.Token);

        Assert.NotEmpty(harness.LogRecords);
        Assert.All(harness.LogRecords, record =>
        {
            Assert.DoesNotContain(FakeHomeAssistant.Token, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(FakeHomeAssistant.Token, record.Exception?.ToString() ?? "", StringComparison.Ordinal);
        });
    }

    private ClientHarness Harness(Func<HomeAssistantClientOptions, HomeAssistantClientOptions>? tune = null) =>
        new(HomeAssistantEndpoint.Standalone(_ha.BaseUrl, FakeHomeAssistant.Token), tune);
}
