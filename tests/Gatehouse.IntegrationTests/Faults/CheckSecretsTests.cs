using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.IntegrationTests.Mqtt;

namespace Gatehouse.IntegrationTests.Faults;

/// <summary>
/// The checks that read next to credentials (long-lived tokens in .storage/auth, the backup encryption key in
/// .storage/backup, automations' webhook ids) run in the shipped binary on both samples, at trace level: no token
/// value, signing key, backup key or whole webhook id appears in its log or in any MQTT payload (findings and
/// attributes included).
/// </summary>
public sealed class CheckSecretsTests : IAsyncLifetime
{
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

    [Theory]
    [InlineData("insecure", "fail", "'grafana' of Bob")]
    [InlineData("hardened", "pass", "No long-lived access tokens exist.")]
    public async Task RunChecks_SampleAtTrace_NoSecretInLogOrMqtt(string sample, string tokensStatus, string tokensText)
    {
        var options = Path.Combine(_directory, "options.json");
        await File.WriteAllTextAsync(options, $$"""{"mqtt_host": "{{_broker.Host}}", "mqtt_port": {{_broker.Port}}, "log_level": "trace"}""");
        await using var gatehouse = GatehouseProcess.Start(new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = options,
            ["GATEHOUSE_DATA"] = _directory,
            ["GATEHOUSE_HA_CONFIG"] = Path.Combine(RepositoryRoot.Path, "tests", "samples", sample),
        }, "run");
        await using var ha = await MqttProbe.ConnectAsync(_broker, "#");
        var button = Samples.Json((await ha.WaitForAsync("homeassistant/button/gatehouse/run_checks/config")).Payload);

        await ha.PublishAsync((string)button["command_topic"]!, (string)button["payload_press"]!);

        var tokens = Samples.Json((await ha.WaitForAsync("gatehouse/check_access_tokens/attributes")).Payload);
        Assert.Equal(tokensStatus, (string?)tokens["status"]);
        Assert.Contains(tokensText, tokens.ToString(), StringComparison.Ordinal);
        var backups = Samples.Json((await ha.WaitForAsync("gatehouse/check_backups/attributes")).Payload);
        Assert.NotEqual("unavailable", (string?)backups["status"]);
        var webhooks = Samples.Json((await ha.WaitForAsync("gatehouse/check_webhooks/attributes")).Payload);
        Assert.Equal(tokensStatus, (string?)webhooks["status"]);
        await ha.WaitForAsync("gatehouse/security_score/state");
        SecretLedger.AssertNoneIn(ha.Received.Select(m => $"{m.Topic} {m.Payload}"), "an MQTT payload");
        SecretLedger.AssertNoneIn(gatehouse.Output, "Gatehouse's log");
        Assert.DoesNotContain(gatehouse.Output, l => l.Contains("sample-not-a-real-long-lived", StringComparison.Ordinal) || l.Contains("sample-not-a-real-backup-key", StringComparison.Ordinal));
        Assert.DoesNotContain(ha.Received, m => m.Payload.Contains("sample-not-a-real-backup-key", StringComparison.Ordinal));
    }
}
