using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.IntegrationTests.Mqtt;

namespace Gatehouse.IntegrationTests.Faults;

/// <summary>
/// The checks that read credentials' neighbours (long-lived tokens in .storage/auth) run in the shipped binary on the
/// insecure sample, at trace level: no token value or signing key appears in its log or in any MQTT payload.
/// </summary>
public sealed class CheckSecretsTests : IAsyncLifetime
{
    private static readonly string Insecure = Path.Combine(RepositoryRoot.Path, "tests", "samples", "insecure");

    private MosquittoBroker _broker = null!;
    private string _directory = null!;

    public async Task InitializeAsync()
    {
        _broker = await MosquittoBroker.StartNewAsync();
        _directory = Directory.CreateTempSubdirectory("gatehouse-check-secrets-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task RunChecks_InsecureSampleAtTrace_NoSecretInLogOrMqtt()
    {
        var options = Path.Combine(_directory, "options.json");
        await File.WriteAllTextAsync(options, $$"""{"mqtt_host": "{{_broker.Host}}", "mqtt_port": {{_broker.Port}}, "log_level": "trace"}""");
        await using var gatehouse = GatehouseProcess.Start(new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = options,
            ["GATEHOUSE_DATA"] = _directory,
            ["GATEHOUSE_HA_CONFIG"] = Insecure,
        }, "run");
        await using var ha = await MqttProbe.ConnectAsync(_broker, "#");
        var button = Samples.Json((await ha.WaitForAsync("homeassistant/button/gatehouse/run_checks/config")).Payload);

        await ha.PublishAsync((string)button["command_topic"]!, (string)button["payload_press"]!);

        var tokens = Samples.Json((await ha.WaitForAsync("gatehouse/check_access_tokens/attributes")).Payload);
        Assert.Equal("fail", (string?)tokens["status"]);
        Assert.Contains(tokens["details"]!.Values<string>(), d => d!.StartsWith("'grafana' of Bob", StringComparison.Ordinal));
        await ha.WaitForAsync("gatehouse/security_score/state");
        SecretLedger.AssertNoneIn(ha.Received.Select(m => $"{m.Topic} {m.Payload}"), "an MQTT payload");
        SecretLedger.AssertNoneIn(gatehouse.Output, "Gatehouse's log");
        Assert.DoesNotContain(gatehouse.Output, l => l.Contains("sample-not-a-real-long-lived", StringComparison.Ordinal));
    }
}
