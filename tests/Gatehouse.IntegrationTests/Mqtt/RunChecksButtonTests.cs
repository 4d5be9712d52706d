using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>The "Run security checks" button on the real binary: press → the real checks run → their states are published.</summary>
public sealed class RunChecksButtonTests : IAsyncLifetime
{
    private MosquittoBroker _broker = null!;
    private string _directory = null!;

    public async Task InitializeAsync()
    {
        _broker = await MosquittoBroker.StartNewAsync();
        _directory = Directory.CreateTempSubdirectory("gatehouse-button-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Press_RunsTheChecksAndPublishesScoreAndProblemSensors()
    {
        await using var gatehouse = await GatehouseWithBroker.StartAsync(_broker, _directory);
        await using var ha = await MqttProbe.ConnectAsync(_broker, "homeassistant/button/gatehouse/run_checks/config", "gatehouse/+/state", "gatehouse/+/attributes");
        var button = Samples.Json((await ha.WaitForAsync("homeassistant/button/gatehouse/run_checks/config")).Payload);

        // Long before the first scheduled run (30 s after start).
        await ha.PublishAsync((string)button["command_topic"]!, (string)button["payload_press"]!);

        var score = await ha.WaitForAsync("gatehouse/security_score/state");
        Assert.InRange(int.Parse(score.Payload, System.Globalization.CultureInfo.InvariantCulture), 0, 100);
        await ha.WaitForAsync("gatehouse/last_check_run/state");
        // The HA config folder here is empty: the MFA check cannot read .storage/auth, so it is unknown, never "no problem".
        Assert.Equal("None", (await ha.WaitForAsync("gatehouse/check_mfa/state")).Payload);
        var mfa = Samples.Json((await ha.WaitForAsync("gatehouse/check_mfa/attributes")).Payload);
        Assert.Equal("unavailable", (string?)mfa["status"]);
        Assert.Contains(gatehouse.Output, l => l.Contains("\"Run security checks\" was pressed", StringComparison.Ordinal));
    }
}
