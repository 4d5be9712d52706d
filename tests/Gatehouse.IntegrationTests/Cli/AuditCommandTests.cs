using Gatehouse.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Cli;

/// <summary><c>Gatehouse audit</c> as a user runs it on the shipped sample folders: options, formats, exit codes.</summary>
public sealed class AuditCommandTests
{
    private static readonly string Samples = Path.Combine(RepositoryRoot.Path, "tests", "samples");

    [Fact]
    public async Task Audit_InsecureSampleAsMarkdown_ExitsOneWithoutColour()
    {
        await using var process = GatehouseProcess.Start(new Dictionary<string, string?>(), "audit", "--config-dir", Path.Combine(Samples, "insecure"), "--format", "markdown");

        Assert.Equal(1, await process.WaitForExitAsync(TestSettings.Timeout));
        Assert.Equal("# Gatehouse security audit", process.Output[0]);
        Assert.Contains("| ❌ fail | `mfa` | 2 of 3 people log in with a password alone, including an administrator: a guessed or leaked password opens everything. |", process.Output);
        Assert.DoesNotContain(process.Output, l => l.Contains('\u001b', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_HardenedSampleAsJson_ExitsZeroWithScore100()
    {
        await using var process = GatehouseProcess.Start(new Dictionary<string, string?>(), "audit", "--config-dir", Path.Combine(Samples, "hardened"), "--format", "json");

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
        await using var process = GatehouseProcess.Start(new Dictionary<string, string?>(), "audit", "--config-dir", Path.Combine(Samples, "hardened"), "--token", "abc");

        Assert.Equal(2, await process.WaitForExitAsync(TestSettings.Timeout));
        Assert.DoesNotContain(process.Output, l => l.Contains("abc", StringComparison.Ordinal));
    }
}
