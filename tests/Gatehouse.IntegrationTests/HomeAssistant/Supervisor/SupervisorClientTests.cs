using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.IntegrationTests.HomeAssistant.Supervisor;

public sealed class SupervisorClientTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private readonly FakeLogger<SupervisorClient> _logger = new();
    private readonly CancellationTokenSource _timeout = new(TestSettings.Timeout);
    private FakeSupervisor _supervisor = null!;

    public async Task InitializeAsync() => _supervisor = await FakeSupervisor.StartAsync();

    public async Task DisposeAsync()
    {
        await _supervisor.DisposeAsync();
        _http.Dispose();
        _timeout.Dispose();
    }

    [Fact]
    public async Task GetMqttServiceAsync_BrokerRegistered_ReadsItWithBearerToken()
    {
        var result = await Client().GetMqttServiceAsync(Timeout());

        Assert.Equal(SupervisorOutcome.Ok, result.Outcome);
        Assert.Equal(("core-mosquitto", 1883, false, "addons", "3.1.1"),
            (result.Data!.Host, result.Data.Port, result.Data.Ssl, result.Data.Username, result.Data.Protocol));
        Assert.Equal("Ieth4ooghah6eiRu", result.Data.Password);
        Assert.DoesNotContain("Ieth4ooghah6eiRu", result.Data.ToString(), StringComparison.Ordinal);
        var request = Assert.Single(_supervisor.Requests);
        Assert.Equal(("/services/mqtt", $"Bearer {FakeSupervisor.AddonToken}"), (request.Path, request.Authorization));
    }

    [Fact]
    public async Task GetMqttServiceAsync_PortAsString_ReadsPort()
    {
        _supervisor.SetData("/services/mqtt",
            """{"addon": "core_mosquitto", "host": "core-mosquitto", "port": "8883", "ssl": true, "protocol": "3.1.1", "username": "addons", "password": "x"}""");

        var result = await Client().GetMqttServiceAsync(Timeout());

        Assert.Equal((8883, true), (result.Data!.Port, result.Data.Ssl));
    }

    [Fact]
    public async Task GetMqttServiceAsync_ServiceNotDeclared_NotPermitted()
    {
        _supervisor.MqttServiceAccess = false;

        var result = await Client().GetMqttServiceAsync(Timeout());

        Assert.Equal((SupervisorOutcome.NotPermitted, 403), (result.Outcome, result.HttpStatus));
        Assert.Contains("No access to mqtt service!", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMqttServiceAsync_NoBroker_FailedWithSupervisorMessage()
    {
        _supervisor.MqttServiceProvided = false;

        var result = await Client().GetMqttServiceAsync(Timeout());

        Assert.Equal((SupervisorOutcome.Failed, 400), (result.Outcome, result.HttpStatus));
        Assert.Contains("Service not enabled", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InfoEndpoints_DefaultRole_ReadTypedFields()
    {
        var client = Client();

        var core = await client.GetCoreInfoAsync(Timeout());
        var supervisor = await client.GetSupervisorInfoAsync(Timeout());
        var os = await client.GetOsInfoAsync(Timeout());
        var host = await client.GetHostInfoAsync(Timeout());
        var resolution = await client.GetResolutionInfoAsync(Timeout());
        var addon = await client.GetAddonInfoAsync("core_mosquitto", Timeout());

        Assert.Equal(("2026.8.3", "2026.9.1", true), (core.Data!.Version, core.Data.VersionLatest, core.Data.UpdateAvailable));
        Assert.True(core.Data.Json.ContainsKey("image"));
        Assert.Equal(["core_mosquitto", "a0d7b954_tailscale", "local_gatehouse"], supervisor.Data!.Addons.Select(a => a.Slug));
        Assert.True(supervisor.Data.Addons[1].UpdateAvailable);
        Assert.Equal(("16.1", "16.2"), (os.Data!.Version, os.Data.VersionLatest));
        Assert.Equal(("homeassistant", "Home Assistant OS 16.1"), (host.Data!.Hostname, host.Data.OperatingSystem));
        Assert.Equal(("pwned", "addon", "local_example"),
            (resolution.Data!.Issues[0].Type, resolution.Data.Issues[0].Context, resolution.Data.Issues[0].Reference));
        Assert.Contains(resolution.Data.Checks, check => check is { Slug: "addon_pwned", Enabled: true });
        Assert.Equal(("core_mosquitto", "started", 5, false), (addon.Data!.Slug, addon.Data.State, addon.Data.Rating, addon.Data.HostNetwork));
    }

    [Fact]
    public async Task GetAddonsAsync_DefaultRole_NotPermittedFromPlainText403()
    {
        var result = await Client().GetAddonsAsync(Timeout());

        Assert.Equal((SupervisorOutcome.NotPermitted, 403, null), (result.Outcome, result.HttpStatus, result.Data));
        Assert.Contains("403: Forbidden", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAddonsAsync_ManagerRole_ListsInstalledAddons()
    {
        _supervisor.Role = SupervisorAccessRules.ManagerRole;

        var result = await Client().GetAddonsAsync(Timeout());

        Assert.Equal(["core_mosquitto", "a0d7b954_tailscale"], result.Data!.Addons.Select(a => a.Slug));
    }

    [Fact]
    public async Task GetCoreInfoAsync_NoHassioApi_NotPermitted()
    {
        _supervisor.HassioApi = false;

        var result = await Client().GetCoreInfoAsync(Timeout());

        Assert.Equal(SupervisorOutcome.NotPermitted, result.Outcome);
    }

    [Fact]
    public async Task GetCoreInfoAsync_WrongToken_NotPermitted()
    {
        var result = await Client(token: "not-the-token").GetCoreInfoAsync(Timeout());

        Assert.Equal((SupervisorOutcome.NotPermitted, 403), (result.Outcome, result.HttpStatus));
    }

    [Fact]
    public async Task GetCoreLogsAsync_DefaultRole_NotPermitted()
    {
        var result = await Client().GetCoreLogsAsync(100, Timeout());

        Assert.Equal(SupervisorOutcome.NotPermitted, result.Outcome);
    }

    [Fact]
    public async Task GetCoreLogsAsync_HomeAssistantRole_ReturnsLastLinesAsText()
    {
        _supervisor.Role = SupervisorAccessRules.HomeAssistantRole;

        var result = await Client().GetCoreLogsAsync(2, Timeout());

        var lines = result.Data!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Requested URL: '/api/websocket'", lines[1], StringComparison.Ordinal);
        var request = _supervisor.Requests.Last();
        Assert.Equal(("?lines=2", "text/plain"), (request.Query, request.Accept));
    }

    [Fact]
    public async Task GetCoreInfoAsync_SupervisorStarting_NotReady()
    {
        _supervisor.NotReadyState = "setup";

        var result = await Client().GetCoreInfoAsync(Timeout());

        Assert.Equal(SupervisorOutcome.NotReady, result.Outcome);
        Assert.Contains("System is not ready with state: setup", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCoreInfoAsync_UnreadableBody_Failed()
    {
        _supervisor.SetRawBody("/core/info", "<html>502 Bad Gateway</html>");

        var result = await Client().GetCoreInfoAsync(Timeout());

        Assert.Equal((SupervisorOutcome.Failed, 200), (result.Outcome, result.HttpStatus));
        Assert.Contains("could not be read", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCoreInfoAsync_AnswerLargerThanTheCap_FailsWithoutReadingItAll()
    {
        _supervisor.SetRawBody("/core/info", "{\"result\":\"ok\",\"data\":{\"version\":\"" + new string('9', (int)SupervisorClient.MaxResponseBytes) + "\"}}");

        var result = await Client().GetCoreInfoAsync(Timeout());

        Assert.Equal(SupervisorOutcome.Failed, result.Outcome);
        Assert.Contains("larger than the 16 MB Gatehouse reads", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCoreInfoAsync_SupervisorGone_FailedNotThrown()
    {
        var client = Client();
        await _supervisor.DisposeAsync();

        var result = await client.GetCoreInfoAsync(Timeout());

        Assert.Equal((SupervisorOutcome.Failed, null), (result.Outcome, result.HttpStatus));
    }

    [Fact]
    public async Task GetCoreInfoAsync_SupervisorHangs_FailsAfterRequestTimeout()
    {
        _supervisor.HoldAnswers = true;
        var time = new FakeTimeProvider();
        var call = Client(time: time).GetCoreInfoAsync(Timeout());
        await _supervisor.RequestHeld.Task.WaitAsync(TestSettings.Timeout);

        time.Advance(SupervisorClient.RequestTimeout);
        var result = await call.WaitAsync(TestSettings.Timeout);

        Assert.Equal(SupervisorOutcome.Failed, result.Outcome);
        Assert.Contains("did not answer", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCoreInfoAsync_NoSupervisor_NotConfigured()
    {
        var client = new SupervisorClient(_http, null, TimeProvider.System, _logger);

        var result = await client.GetCoreInfoAsync(Timeout());

        Assert.Equal(SupervisorOutcome.NotConfigured, result.Outcome);
        Assert.Empty(_supervisor.Requests);
    }

    [Fact]
    public async Task GetAddonInfoAsync_PathLikeSlug_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client().GetAddonInfoAsync("..", Timeout()));
        await Assert.ThrowsAsync<ArgumentException>(() => Client().GetAddonInfoAsync("a/b", Timeout()));
    }

    [Fact]
    public async Task EveryProblem_Logged_WithoutToken()
    {
        _supervisor.MqttServiceAccess = false;
        var client = Client();

        await client.GetMqttServiceAsync(Timeout());
        await client.GetAddonsAsync(Timeout());
        await client.GetCoreLogsAsync(5, Timeout());

        var records = _logger.Collector.GetSnapshot();
        Assert.Equal(3, records.Count);
        Assert.All(records, record => Assert.DoesNotContain(FakeSupervisor.AddonToken, record.Message, StringComparison.Ordinal));
    }

    private SupervisorClient Client(string token = FakeSupervisor.AddonToken, TimeProvider? time = null) =>
        new(_http, new SupervisorEndpoint(_supervisor.BaseUrl, token), time ?? TimeProvider.System, _logger);

    private CancellationToken Timeout() => _timeout.Token;
}
