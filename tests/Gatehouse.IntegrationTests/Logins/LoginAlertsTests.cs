using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Logins;

/// <summary>
/// The login pipeline end to end: the real Gatehouse binary against the fake HA of each notification
/// generation. Every failed login becomes a notify call carrying the address, then the notice's dismissal.
/// </summary>
public sealed class LoginAlertsTests : IAsyncLifetime
{
    private LoginScenario _scenario = null!;

    private FakeHomeAssistant Ha => _scenario.Ha;

    /// <summary>Every test runs against each generation of HA's notices and service calls.</summary>
    public static TheoryData<HaGeneration> Generations => new(HaGenerations.All);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    private async Task<GatehouseProcess> StartAsync(HaGeneration generation, string options = LoginScenario.PhoneOnly)
    {
        _scenario = await LoginScenario.StartAsync(generation);
        return _scenario.StartGatehouse(options);
    }

    private GatehouseProcess StartGatehouse(string options) => _scenario.StartGatehouse(options);

    private RecordedServiceCall[] Calls => _scenario.Calls;

    private Task WaitForCallsAsync(Func<RecordedServiceCall[], bool> condition, string what) => _scenario.WaitForCallsAsync(condition, what);

    private static bool IsNotify(RecordedServiceCall call) => LoginScenario.IsNotify(call);

    private static bool IsDismiss(RecordedServiceCall call) => LoginScenario.IsDismiss(call);

    private int RecordedAttempts() => _scenario.RecordedAttempts();

    private int Unalerted() => _scenario.Unalerted();

    private int AttemptsCovered() => _scenario.AttemptsCovered();

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task FailedLogin_NotifyCarriesTheAddress_ThenTheNoticeIsDismissed(HaGeneration generation)
    {
        await using var gatehouse = await StartAsync(generation);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        Ha.SimulateFailedLogin("203.0.113.5", "scanner.example", "/auth/login_flow", "python-requests/2.31");
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
    [MemberData(nameof(Generations))]
    public async Task SameIdRecreated_EachAttemptAlerted(HaGeneration generation)
    {
        await using var gatehouse = await StartAsync(generation, """{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 0}""");
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        Ha.SimulateFailedLogin("203.0.113.5");
        await WaitForCallsAsync(calls => calls.Count(IsNotify) == 1, "the first alert");
        Ha.SimulateFailedLogin("198.51.100.7");
        await WaitForCallsAsync(calls => calls.Count(IsNotify) == 2, "the second alert for the re-created notice");

        Assert.Contains("198.51.100.7", (string)Calls.Where(IsNotify).Last().ServiceData!["message"]!, StringComparison.Ordinal);
        Assert.Equal(2, RecordedAttempts());
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task NotifyFails_NoticeStays_RetriedThenDismissed(HaGeneration generation)
    {
        await using var gatehouse = await StartAsync(generation);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        Ha.Services.Fail("notify", "phone", "home_assistant_error", "Push service unreachable");

        Ha.SimulateFailedLogin("203.0.113.5");
        await gatehouse.WaitForLineAsync("could not be delivered to any notify target");
        Assert.DoesNotContain(Calls, IsDismiss);
        Assert.Single(Ha.Notifications.List());

        Ha.Services.Succeed("notify", "phone");
        await WaitForCallsAsync(calls => calls.Any(IsDismiss), "the dismiss after the retried alert");

        Assert.True(Calls.Count(IsNotify) >= 2);
        Assert.Empty(Ha.Notifications.List());
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task NoTargets_NoticeIsNeverDismissed(HaGeneration generation)
    {
        await using var gatehouse = await StartAsync(generation, "{}");
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        Ha.SimulateFailedLogin("203.0.113.5");
        await gatehouse.WaitForLineAsync("FailedLogin from 203.0.113.5: recorded");

        Assert.DoesNotContain(Calls, c => IsNotify(c) || IsDismiss(c));
        Assert.Single(Ha.Notifications.List());
        Assert.Contains(gatehouse.Output, l => l.Contains("No notify_services are set", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task UnknownTarget_IsNamedInAWarning(HaGeneration generation)
    {
        await using var gatehouse = await StartAsync(generation, """{"notify_services": ["notify.phone", "notify.pager"]}""");

        var warning = await gatehouse.WaitForLineAsync("which Home Assistant does not know");

        Assert.Contains("WARNING notify_services lists notify.pager, which Home Assistant does not know", warning, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task Ban_AlertsWithItsOwnTitle(HaGeneration generation)
    {
        await using var gatehouse = await StartAsync(generation);
        Ha.LoginAttemptsThreshold = 1;
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        Ha.SimulateFailedLogin("203.0.113.9");

        await WaitForCallsAsync(calls => calls.Any(c => IsNotify(c) && (string?)c.ServiceData!["title"] == "Home Assistant banned 203.0.113.9"), "the ban alert");
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task HostileNotice_RecordedAndAlertedEscaped_NoCrash(HaGeneration generation)
    {
        await using var gatehouse = await StartAsync(generation);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        var hostile = "Login attempt or request with invalid authentication from <img src=x onerror=alert(1)>\u0007 (203.0.113.66). See the log for details." + new string('x', 100_000);
        Ha.Notifications.Create("http-login", "Login attempt failed", hostile, DateTimeOffset.UtcNow);
        await WaitForCallsAsync(calls => calls.Any(IsNotify), "the alert for the hostile notice");

        var message = (string)Calls.First(IsNotify).ServiceData!["message"]!;
        Assert.DoesNotContain("<img", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", message, StringComparison.Ordinal);
        Assert.True(message.Length < 2000);
        Assert.Equal(1, RecordedAttempts());
        Assert.False(gatehouse.HasExited);
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task Storm_1000AttemptsFrom10AddressesOfOneNetwork_OneAlertAndOneSummary_AllRecorded(HaGeneration generation)
    {
        await using var gatehouse = await StartAsync(generation, """{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 3}""");
        await gatehouse.WaitForLineAsync("Watching Home Assistant");

        for (var i = 0; i < 1000; i++)
        {
            Ha.SimulateFailedLogin($"203.0.113.{i % 10}", url: $"/auth/login_flow/{i}");
        }
        await Poll.UntilAsync(() => RecordedAttempts() == 1000, "all 1000 attempts recorded");
        await WaitForCallsAsync(calls => calls.Any(c => IsNotify(c) && (string?)c.ServiceData!["title"] == "Repeated failed logins from 203.0.113.0/24"), "the summary of the network");

        var alerts = Calls.Where(IsNotify).ToArray();
        Assert.Equal(1, alerts.Count(c => (string?)c.ServiceData!["title"] == "Failed login to Home Assistant"));
        Assert.Equal(2, alerts.Length);
        Assert.Equal(1000, AttemptsCovered());
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task RestartMidStorm_NothingLost_NothingAlertedTwice(HaGeneration generation)
    {
        const string options = """{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 2}""";
        var gatehouse = await StartAsync(generation, options);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        for (var i = 0; i < 50; i++)
        {
            Ha.SimulateFailedLogin($"198.51.100.{i % 5}");
        }
        await Poll.UntilAsync(() => RecordedAttempts() == 50, "the first 50 attempts recorded");
        // A restart as the Supervisor does it: SIGTERM, while alerts are still going out.
        Assert.Equal(0, await gatehouse.StopAsync(TimeSpan.FromSeconds(5)));
        await gatehouse.DisposeAsync();

        await using var restarted = StartGatehouse(options);
        await restarted.WaitForLineAsync("Watching Home Assistant");
        for (var i = 0; i < 10; i++)
        {
            Ha.SimulateFailedLogin($"192.0.2.{i}");
        }
        await Poll.UntilAsync(() => RecordedAttempts() == 60, "all 60 attempts recorded");
        await Poll.UntilAsync(() => Unalerted() == 0, "every attempt alerted");

        // Every attempt is spoken for by exactly one delivered alert, summary or digest.
        Assert.Equal(60, AttemptsCovered());
    }

    [Theory]
    [MemberData(nameof(Generations))]
    public async Task HardKillMidStorm_NothingLost(HaGeneration generation)
    {
        const string options = """{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 1}""";
        var gatehouse = await StartAsync(generation, options);
        await gatehouse.WaitForLineAsync("Watching Home Assistant");
        for (var i = 0; i < 50; i++)
        {
            Ha.SimulateFailedLogin($"198.51.100.{i % 5}");
        }
        await Poll.UntilAsync(() => RecordedAttempts() == 50, "the first 50 attempts recorded");
        // Power loss: an alert in flight may go out again after the restart (a repeat beats a lost alert).
        await gatehouse.KillAsync();
        await gatehouse.DisposeAsync();

        await using var restarted = StartGatehouse(options);
        await Poll.UntilAsync(() => Unalerted() == 0, "every attempt alerted after the restart");

        Assert.Equal(50, RecordedAttempts());
        Assert.InRange(AttemptsCovered(), 50, 51);
    }
}
