using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Cli;

/// <summary><c>Gatehouse audit</c> as a user runs it on the shipped sample folders: options, formats, exit codes.</summary>
public sealed class AuditCommandTests
{
    private static readonly string Samples = Path.Combine(RepositoryRoot.Path, "tests", "samples");

    /// <summary>The hardened sample, its backup archive dated now (the backups check reads that date, not the checkout's age).</summary>
    private static string Hardened()
    {
        var folder = Path.Combine(Samples, "hardened");
        File.SetLastWriteTimeUtc(Path.Combine(folder, "backups", "7a3c19e2.tar"), DateTime.UtcNow);
        return folder;
    }

    [Fact]
    public async Task Audit_InsecureSampleAsMarkdown_ExitsOneWithoutColour()
    {
        await using var process = GatehouseProcess.Start(new Dictionary<string, string?>(), "audit", "--config-dir", Path.Combine(Samples, "insecure"), "--format", "markdown");

        Assert.Equal(1, await process.WaitForExitAsync(TestSettings.Timeout));
        Assert.Equal("# Gatehouse security audit", process.Output[0]);
        Assert.Contains("| ❌ fail | `webhooks` | 1 automation is open to the internet behind a guessable webhook id: anyone can set it off. |", process.Output);
        Assert.Contains(process.Output, l => l.StartsWith("| ❌ fail | `backups` | The newest backup is ", StringComparison.Ordinal));
        Assert.Contains(process.Output, l => l.StartsWith("| ❌ fail | `access_tokens` | 1 long-lived access token was last used from an internet address", StringComparison.Ordinal));
        Assert.Contains(process.Output, l => l.Contains("'wall-tablet' of Dave", StringComparison.Ordinal) && l.Contains("given administrator rights (Dave is in the Users group, and in Administrators too)", StringComparison.Ordinal));
        Assert.Contains("| ❌ fail | `mfa` | 3 of 4 people log in with a password alone, including an administrator: a guessed or leaked password opens everything. |", process.Output);
        Assert.DoesNotContain(process.Output, l => l.Contains('\u001b', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_HardenedSampleAsJson_ExitsZeroWithScore100()
    {
        await using var process = GatehouseProcess.Start(new Dictionary<string, string?>(), "audit", "--config-dir", Hardened(), "--format", "json");

        Assert.Equal(0, await process.WaitForExitAsync(TestSettings.Timeout));
        var report = JObject.Parse(string.Join('\n', process.Output));
        Assert.Equal(100, report.Value<int>("score"));
    }

    [Fact]
    public async Task Audit_ConfigFolderFromTheEnvironment_IsUsedWithoutTheFlag()
    {
        await using var process = GatehouseProcess.Start(new Dictionary<string, string?> { ["GATEHOUSE_HA_CONFIG"] = Path.Combine(Samples, "insecure") }, "audit");

        Assert.Equal(1, await process.WaitForExitAsync(TestSettings.Timeout));
        Assert.StartsWith("Gatehouse security audit: score ", process.Output[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_TokenWithoutUrl_ExitsTwo()
    {
        await using var process = GatehouseProcess.Start(new Dictionary<string, string?>(), "audit", "--config-dir", Hardened(), "--token", "abc");

        Assert.Equal(2, await process.WaitForExitAsync(TestSettings.Timeout));
        Assert.DoesNotContain(process.Output, l => l.Contains("abc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_LiveHaByFlags_AuditsItWithTheToken()
    {
        // The README's command for Docker/Core users, against the oldest supported release.
        await using var ha = await FakeHomeAssistant.StartAsync(HaGeneration.Until2023_5);
        await using var process = GatehouseProcess.Start(new Dictionary<string, string?>(), "audit",
            "--config-dir", Hardened(), "--ha-url", ha.BaseUrl.ToString(), "--token", FakeHomeAssistant.Token, "--format", "json");

        Assert.Equal(1, await process.WaitForExitAsync(TestSettings.Timeout));
        var report = AuditJson.Report(process);
        var updates = report["checks"]!.Single(c => (string?)c["id"] == "updates");
        Assert.Equal("fail", (string?)updates["status"]);
        Assert.Contains("Home Assistant Core: 2022.12.9", (string?)updates["details"]![0], StringComparison.Ordinal);
        Assert.DoesNotContain(report["checks"]!, c => ((string?)c["summary"])!.Contains("no live Home Assistant", StringComparison.Ordinal));
        Assert.Contains(ha.ReceivedFrames, f => f.Type == "get_states");
        Assert.DoesNotContain(process.Output, l => l.Contains(FakeHomeAssistant.Token, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("homeassistant.local:8123")]
    [InlineData("ftp://ha.example")]
    public async Task Audit_HaUrlNotAUrl_ExitsTwoNamingTheFlagAndTheFix(string url)
    {
        await using var process = GatehouseProcess.Start(new Dictionary<string, string?>(), "audit", "--ha-url", url, "--token", "abc");

        Assert.Equal(2, await process.WaitForExitAsync(TestSettings.Timeout));
        Assert.Contains($"--ha-url '{url}' is not a URL; use the address you open HA with, such as http://homeassistant.local:8123.", process.Output);
        Assert.DoesNotContain(process.Output, l => l.Contains("Unhandled", StringComparison.Ordinal) || l.Contains("abc", StringComparison.Ordinal));
    }
}
