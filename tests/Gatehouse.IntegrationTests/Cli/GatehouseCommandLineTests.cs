using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Cli;

/// <summary>The binary as a user starts it: verbs, exit codes, configuration errors, a clean stop on SIGTERM.</summary>
public sealed class GatehouseCommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gatehouse-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, string?> Environment(string? optionsJson = null)
    {
        var environment = new Dictionary<string, string?> { ["GATEHOUSE_DATA"] = _folder, ["GATEHOUSE_HA_CONFIG"] = _folder };
        if (optionsJson is not null)
        {
            var path = Path.Combine(_folder, "options.json");
            File.WriteAllText(path, optionsJson);
            environment["GATEHOUSE_OPTIONS"] = path;
        }
        return environment;
    }

    [Fact]
    public async Task Help_ListsTheVerbs_ExitsZero()
    {
        await using var process = GatehouseProcess.Start(Environment(), "--help");

        Assert.Equal(0, await process.WaitForExitAsync(TestSettings.Timeout));
        Assert.Contains(process.Output, l => l.TrimStart().StartsWith("run ", StringComparison.Ordinal));
        Assert.Contains(process.Output, l => l.TrimStart().StartsWith("audit ", StringComparison.Ordinal));
        Assert.Contains(process.Output, l => l.Contains("--version", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Version_PrintsConfigYamlVersion()
    {
        var manifestVersion = File.ReadLines(Path.Combine(RepositoryRoot.Path, "config.yaml"))
            .Single(l => l.StartsWith("version:", StringComparison.Ordinal))["version:".Length..].Trim().Trim('"');

        await using var process = GatehouseProcess.Start(Environment(), "--version");

        Assert.Equal(0, await process.WaitForExitAsync(TestSettings.Timeout));
        Assert.Equal(manifestVersion, Assert.Single(process.Output));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--bogus")]
    [InlineData("audit", "--format", "pdf")]
    public async Task UnknownArguments_ExitTwo_PointToHelp(params string[] arguments)
    {
        await using var process = GatehouseProcess.Start(Environment(), arguments);

        Assert.Equal(2, await process.WaitForExitAsync(TestSettings.Timeout));
        Assert.Contains("Run 'Gatehouse --help' to see the commands and their options.", process.Output);
    }

    [Fact]
    public async Task Run_InvalidOptions_ExitTwo_OneLinePerProblem_NoSecret()
    {
        await using var process = GatehouseProcess.Start(
            Environment("""{"alert_cooldown_seconds": -5, "mqtt_password": {"oops": "pw-in-wrong-shape"}, "mqtt_username": "u"}"""), "run");

        Assert.Equal(2, await process.WaitForExitAsync(TestSettings.Timeout));
        Assert.Equal(
            [
                "Invalid option 'mqtt_password': the value given is not text; set text.",
                "Invalid option 'alert_cooldown_seconds': -5 is out of range; use 0 to 86400 seconds (0 alerts on every attempt).",
            ],
            process.Output);
    }

    [Fact]
    public async Task Run_LogsConfigurationMasked_StopsCleanlyOnSigterm()
    {
        const string mqttPassword = "mqtt-pass-7f3a91";
        const string haToken = "ha-token-0c55e2";
        var environment = Environment($$"""{"mqtt_host": "127.0.0.1", "mqtt_username": "gatehouse", "mqtt_password": "{{mqttPassword}}", "log_level": "trace"}""");
        // Nothing listens on the discard port: HA stays unreachable, which must not stop a clean shutdown either.
        environment["HA_URL"] = "http://127.0.0.1:9";
        environment["HA_TOKEN"] = haToken;

        await using var process = GatehouseProcess.Start(environment);
        var started = await process.WaitForLineAsync("Gatehouse 0.");
        var exitCode = await process.StopAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} INFO Gatehouse \S+ starting\. ", started);
        Assert.Contains("mqtt_password=***", started, StringComparison.Ordinal);
        Assert.Contains("home_assistant=ws://127.0.0.1:9/api/websocket (token hidden)", started, StringComparison.Ordinal);
        Assert.Contains(process.Output, l => l.EndsWith("INFO Gatehouse stopped.", StringComparison.Ordinal));
        Assert.DoesNotContain(process.Output, l => l.Contains(mqttPassword, StringComparison.Ordinal) || l.Contains(haToken, StringComparison.Ordinal));
        Assert.DoesNotContain(process.Output, l => l.Contains('\u001b', StringComparison.Ordinal));
    }
}
