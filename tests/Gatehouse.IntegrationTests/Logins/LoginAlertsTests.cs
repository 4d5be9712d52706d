using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Logins;

/// <summary>
/// The login pipeline end to end: the real Gatehouse binary against the fake HA of each notification
/// generation. Every failed login becomes a notify call carrying the address, then the notice's dismissal.
/// </summary>
public sealed class LoginAlertsTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("gatehouse-logins-").FullName;
    private FakeHomeAssistant _ha = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _ha.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private async Task<GatehouseProcess> StartAsync(NotificationGeneration generation, string options = """{"notify_services": ["notify.phone"]}""")
    {
        _ha ??= await FakeHomeAssistant.StartAsync(generation);
        _ha.Services.Add("notify", "phone");
        return StartGatehouse(options);
    }

    private GatehouseProcess StartGatehouse(string options)
    {
        var optionsFile = Path.Combine(_data, "options.json");
        File.WriteAllText(optionsFile, options);
        return GatehouseProcess.Start(new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = optionsFile,
            ["GATEHOUSE_DATA"] = _data,
            ["GATEHOUSE_HA_CONFIG"] = _data,
            ["HA_URL"] = _ha.BaseUrl.ToString(),
            ["HA_TOKEN"] = FakeHomeAssistant.Token,
        });
    }

    private RecordedServiceCall[] Calls => [.. _ha.Services.Calls];

    private Task WaitForCallsAsync(Func<RecordedServiceCall[], bool> condition, string what) =>
        _ha.WaitUntilAsync(_ => condition(Calls), what);

    private static bool IsNotify(RecordedServiceCall call) => call.Domain == "notify";

    private static bool IsDismiss(RecordedServiceCall call) => call.Domain == "persistent_notification" && call.Service == "dismiss";

    private string[] LogLines()
    {
        var path = Path.Combine(_data, "attempts.jsonl");
        return File.Exists(path) ? File.ReadAllLines(path) : [];
    }

    private int RecordedAttempts() => LogLines().Count(l => l.Contains("\"line\":\"attempt\"", StringComparison.Ordinal));

    [Theory]
    [InlineData(NotificationGeneration.Legacy)]
    [InlineData(NotificationGeneration.Modern)]
    [InlineData(NotificationGeneration.Current)]
    public async Task FailedLogin_NotifyCarriesTheAddress_ThenTheNoticeIsDismissed(NotificationGeneration generation)
    {
        await using var gatehouse = await StartAsync(generation);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        _ha.SimulateFailedLogin("203.0.113.5", "scanner.example", "/auth/login_flow", "python-requests/2.31");
        await WaitForCallsAsync(calls => calls.Any(IsDismiss), "the dismiss after the alert");

        var calls = Calls.Where(c => IsNotify(c) || IsDismiss(c)).ToArray();
        Assert.Equal(2, calls.Length);
        Assert.Equal(("notify", "phone"), (calls[0].Domain, calls[0].Service));
        var message = (string)calls[0].ServiceData!["message"]!;
        Assert.Contains("203.0.113.5 (scanner.example)", message, StringComparison.Ordinal);
        Assert.Contains("A wrong password (or MFA code) on the login page, URL /auth/login_flow, client \"python-requests/2.31\"", message, StringComparison.Ordinal);
        Assert.Equal("http-login", (string?)calls[1].ServiceData!["notification_id"]);
        Assert.Equal(1, RecordedAttempts());
    }

    [Theory]
    [InlineData(NotificationGeneration.Legacy)]
    [InlineData(NotificationGeneration.Modern)]
    [InlineData(NotificationGeneration.Current)]
    public async Task SameIdRecreated_EachAttemptAlerted(NotificationGeneration generation)
    {
        await using var gatehouse = await StartAsync(generation, """{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 0}""");
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        _ha.SimulateFailedLogin("203.0.113.5");
        await WaitForCallsAsync(calls => calls.Count(IsNotify) == 1, "the first alert");
        _ha.SimulateFailedLogin("198.51.100.7");
        await WaitForCallsAsync(calls => calls.Count(IsNotify) == 2, "the second alert for the re-created notice");

        Assert.Contains("198.51.100.7", (string)Calls.Where(IsNotify).Last().ServiceData!["message"]!, StringComparison.Ordinal);
        Assert.Equal(2, RecordedAttempts());
    }

    [Fact]
    public async Task NotifyFails_NoticeStays_RetriedThenDismissed()
    {
        await using var gatehouse = await StartAsync(NotificationGeneration.Current);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        _ha.Services.Fail("notify", "phone", "home_assistant_error", "Push service unreachable");

        _ha.SimulateFailedLogin("203.0.113.5");
        await gatehouse.WaitForLineAsync("could not be delivered to any notify target");
        Assert.DoesNotContain(Calls, IsDismiss);
        Assert.Single(_ha.Notifications.List());

        _ha.Services.Succeed("notify", "phone");
        await WaitForCallsAsync(calls => calls.Any(IsDismiss), "the dismiss after the retried alert");

        Assert.True(Calls.Count(IsNotify) >= 2);
        Assert.Empty(_ha.Notifications.List());
    }

    [Fact]
    public async Task NoTargets_NoticeIsNeverDismissed()
    {
        await using var gatehouse = await StartAsync(NotificationGeneration.Current, "{}");
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        _ha.SimulateFailedLogin("203.0.113.5");
        await gatehouse.WaitForLineAsync("FailedLogin from 203.0.113.5: recorded");

        Assert.DoesNotContain(Calls, c => IsNotify(c) || IsDismiss(c));
        Assert.Single(_ha.Notifications.List());
        Assert.Contains(gatehouse.Output, l => l.Contains("No notify_services are set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownTarget_IsNamedInAWarning()
    {
        await using var gatehouse = await StartAsync(NotificationGeneration.Current, """{"notify_services": ["notify.phone", "notify.pager"]}""");

        var warning = await gatehouse.WaitForLineAsync("which Home Assistant does not know");

        Assert.Contains("WARNING notify_services lists notify.pager, which Home Assistant does not know", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ban_AlertsWithItsOwnTitle()
    {
        await using var gatehouse = await StartAsync(NotificationGeneration.Current);
        _ha.LoginAttemptsThreshold = 1;
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        _ha.SimulateFailedLogin("203.0.113.9");

        await WaitForCallsAsync(calls => calls.Any(c => IsNotify(c) && (string?)c.ServiceData!["title"] == "Home Assistant banned 203.0.113.9"), "the ban alert");
    }

    [Fact]
    public async Task HostileNotice_RecordedAndAlertedEscaped_NoCrash()
    {
        await using var gatehouse = await StartAsync(NotificationGeneration.Current);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        var hostile = "Login attempt or request with invalid authentication from <img src=x onerror=alert(1)>\u0007 (203.0.113.66). See the log for details." + new string('x', 100_000);
        _ha.Notifications.Create("http-login", "Login attempt failed", hostile, DateTimeOffset.UtcNow);
        await WaitForCallsAsync(calls => calls.Any(IsNotify), "the alert for the hostile notice");

        var message = (string)Calls.First(IsNotify).ServiceData!["message"]!;
        Assert.DoesNotContain("<img", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", message, StringComparison.Ordinal);
        Assert.True(message.Length < 2000);
        Assert.Equal(1, RecordedAttempts());
        Assert.False(gatehouse.HasExited);
    }

    [Fact]
    public async Task Storm_1000AttemptsFrom10Addresses_AtMostTenAlertsPlusSummaries_AllRecorded()
    {
        await using var gatehouse = await StartAsync(NotificationGeneration.Current, """{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 3}""");
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        for (var i = 0; i < 1000; i++)
        {
            _ha.SimulateFailedLogin($"203.0.113.{i % 10}", url: $"/auth/login_flow/{i}");
        }
        await Poll.UntilAsync(() => RecordedAttempts() == 1000, "all 1000 attempts recorded");
        await WaitForCallsAsync(calls => calls.Count(c => IsNotify(c) && ((string?)c.ServiceData!["title"])!.StartsWith("Repeated", StringComparison.Ordinal)) == 10, "the ten summaries");

        var alerts = Calls.Where(IsNotify).ToArray();
        Assert.Equal(10, alerts.Count(c => (string?)c.ServiceData!["title"] == "Failed login to Home Assistant"));
        Assert.Equal(20, alerts.Length);
    }

    [Fact]
    public async Task RestartMidStorm_NothingLost_NothingAlertedTwice()
    {
        const string options = """{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 2}""";
        var gatehouse = await StartAsync(NotificationGeneration.Current, options);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        for (var i = 0; i < 50; i++)
        {
            _ha.SimulateFailedLogin($"198.51.100.{i % 5}");
        }
        await Poll.UntilAsync(() => RecordedAttempts() == 50, "the first 50 attempts recorded");
        // A restart as the Supervisor does it: SIGTERM, while alerts are still going out.
        Assert.Equal(0, await gatehouse.StopAsync(TimeSpan.FromSeconds(5)));
        await gatehouse.DisposeAsync();

        await using var restarted = StartGatehouse(options);
        await restarted.WaitForLineAsync("Watching Home Assistant");
        for (var i = 0; i < 10; i++)
        {
            _ha.SimulateFailedLogin($"192.0.2.{i}");
        }
        await Poll.UntilAsync(() => RecordedAttempts() == 60, "all 60 attempts recorded");
        await Poll.UntilAsync(() => Unalerted() == 0, "every attempt alerted");

        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(10, AlertsCovering($"198.51.100.{i}")));
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(1, AlertsCovering($"192.0.2.{i}")));
    }

    [Fact]
    public async Task HardKillMidStorm_NothingLost()
    {
        const string options = """{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 1}""";
        var gatehouse = await StartAsync(NotificationGeneration.Current, options);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        for (var i = 0; i < 50; i++)
        {
            _ha.SimulateFailedLogin($"198.51.100.{i % 5}");
        }
        await Poll.UntilAsync(() => RecordedAttempts() == 50, "the first 50 attempts recorded");
        // Power loss: an alert in flight may go out again after the restart (a repeat beats a lost alert).
        await gatehouse.KillAsync();
        await gatehouse.DisposeAsync();

        await using var restarted = StartGatehouse(options);
        await Poll.UntilAsync(() => Unalerted() == 0, "every attempt alerted after the restart");

        Assert.Equal(50, RecordedAttempts());
        Assert.All(Enumerable.Range(0, 5), i => Assert.InRange(AlertsCovering($"198.51.100.{i}"), 10, 11));
    }

    /// <summary>How many attempts from the address the alerts sent so far speak for: its own alerts plus the "N more" of its summaries.</summary>
    private int AlertsCovering(string ip)
    {
        var alerts = Calls.Where(IsNotify).Select(c => (Title: (string)c.ServiceData!["title"]!, Message: (string)c.ServiceData!["message"]!)).ToArray();
        return alerts.Count(a => a.Title == "Failed login to Home Assistant" && a.Message.Contains($" from {ip} at ", StringComparison.Ordinal))
            + alerts.Where(a => a.Title == $"Repeated failed logins from {ip}").Sum(a => int.Parse(a.Message.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    private int Unalerted()
    {
        var lines = LogLines();
        var alerted = lines.Count(l => l.Contains("\"line\":\"alerted\"", StringComparison.Ordinal));
        return lines.Count(l => l.Contains("\"line\":\"attempt\"", StringComparison.Ordinal)) - alerted;
    }
}
