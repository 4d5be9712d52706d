using Gatehouse.Checks.Reports;
using Gatehouse.Cli.Audit;
using Gatehouse.Hosting;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Tests.Cli;

public sealed class AuditRunTests : IDisposable
{
    private readonly string _empty = Directory.CreateTempSubdirectory("gatehouse-audit-").FullName;
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => Directory.Delete(_empty, recursive: true);

    [Fact]
    public async Task RunAsync_InsecureSample_FailsWithExitCode1AndATable()
    {
        var exit = await Run(new AuditRequest(SampleFolders.Insecure, null, null, ReportFormat.Text));

        Assert.Equal(ExitCodes.AuditFailed, exit);
        var text = _output.ToString();
        Assert.StartsWith("Gatehouse security audit: score ", text, StringComparison.Ordinal);
        foreach (var id in new[] { "mfa", "admins", "access_tokens", "backups", "ip_ban", "www_exposure", "secrets_hygiene", "webhooks", "auth_providers", "proxy" })
        {
            Assert.Matches($"(?m)^  FAIL +{id} ", text);
        }
        Assert.Contains("'wall-tablet' of Dave, created 2026-10-04, last used 2026-12-06 from 192.168.1.60: given administrator rights (Dave is in the Users group, and in Administrators too)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Colour_OnlyWhenAsked()
    {
        await Run(new AuditRequest(SampleFolders.Insecure, null, null, ReportFormat.Text), colour: true);

        Assert.Contains("\u001b[31;1mFAIL", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InsecureSample_NeverPrintsASecretValue()
    {
        await Run(new AuditRequest(SampleFolders.Insecure, null, null, ReportFormat.Json));

        var output = _output.ToString();
        foreach (var secret in new[] { "Summer2024!", "garage123", "4821", "weather-station-1", "SAMPLENOTAREALKEY", "sample-not-a-real-token", "sample-not-a-real-long-lived", "sample-not-a-real-backup-key", "garage-door-open", "correct-horse" })
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunAsync_HardenedSampleAsJson_PassesWithTheDocumentedShape()
    {
        var exit = await Run(new AuditRequest(SampleFolders.Hardened, null, null, ReportFormat.Json));

        Assert.Equal(ExitCodes.Success, exit);
        var json = JObject.Parse(_output.ToString());
        Assert.Equal(["score", "generated_at", "checks"], json.Properties().Select(p => p.Name));
        Assert.Equal(100, json.Value<int>("score"));
        Assert.Matches("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", json["generated_at"]!.ToString(Newtonsoft.Json.Formatting.None).Trim('"'));
        var checks = json["checks"]!.Cast<JObject>().ToList();
        Assert.All(checks, c => Assert.Equal(["id", "title", "status", "summary", "details", "remediation", "accepted", "findings"], c.Properties().Select(p => p.Name)));
        Assert.Equal("unavailable", checks.Single(c => c.Value<string>("id") == "login_activity").Value<string>("status"));
        // The live checks have no HA, Supervisor or scan host here: unavailable (remote_exposure and advisories are off: skipped), never pass.
        string[] live = ["updates", "supervisor_health", "addons", "remote_access", "tls", "open_ports", "remote_exposure", "advisories"];
        Assert.All(checks.Where(c => live.Contains(c.Value<string>("id"))), c => Assert.Contains(c.Value<string>("status"), new[] { "unavailable", "skipped" }));
        Assert.All(checks.Where(c => c.Value<string>("id") != "login_activity" && !live.Contains(c.Value<string>("id"))), c => Assert.Equal("pass", c.Value<string>("status")));
    }

    [Fact]
    public async Task RunAsync_Markdown_HasATableRowPerCheck()
    {
        await Run(new AuditRequest(SampleFolders.Insecure, null, null, ReportFormat.Markdown));

        var markdown = _output.ToString();
        Assert.StartsWith("# Gatehouse security audit", markdown, StringComparison.Ordinal);
        Assert.Contains("| ❌ fail | `secrets_hygiene` |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Passwords written inline in YAML (`secrets_hygiene`): fail", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HaUrlWithoutToken_IsAUsageError()
    {
        var exit = await Run(new AuditRequest(SampleFolders.Hardened, new Uri("http://127.0.0.1:8123"), null, ReportFormat.Text));

        Assert.Equal(ExitCodes.UsageOrConfiguration, exit);
        Assert.Contains("--ha-url and --token go together", _error.ToString(), StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
    }

    [Fact]
    public async Task RunAsync_ConfigDirMissing_IsAUsageError()
    {
        var exit = await Run(new AuditRequest(Path.Combine(_empty, "nope"), null, null, ReportFormat.Text));

        Assert.Equal(ExitCodes.UsageOrConfiguration, exit);
        Assert.Contains("does not exist", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NothingToAudit_IsAUsageErrorSayingWhatToPass()
    {
        var exit = await Run(new AuditRequest(null, null, null, ReportFormat.Text), new() { ["GATEHOUSE_HA_CONFIG"] = Path.Combine(_empty, "nope") });

        Assert.Equal(ExitCodes.UsageOrConfiguration, exit);
        Assert.Contains("Pass --config-dir", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_LiveHaUnreachable_IsAConfigurationErrorSayingSo()
    {
        var exit = await Run(new AuditRequest(null, new Uri("http://127.0.0.1:1"), "a-token", ReportFormat.Json), new() { ["GATEHOUSE_HA_CONFIG"] = Path.Combine(_empty, "nope") });

        Assert.Equal(ExitCodes.UsageOrConfiguration, exit);
        Assert.Empty(_output.ToString());
        Assert.Contains("did not accept a connection within", _error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("a-token", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OptionsFileSetsPersonalTerms()
    {
        var options = Path.Combine(_empty, "options.json");
        await File.WriteAllTextAsync(options, """{"personal_terms":["kerkstraat"]}""");

        await Run(new AuditRequest(SampleFolders.Insecure, null, null, ReportFormat.Json), new() { ["GATEHOUSE_OPTIONS"] = options });

        var personal = JObject.Parse(_output.ToString())["checks"]!.Single(c => c.Value<string>("id") == "personal_info");
        Assert.Equal("fail", personal.Value<string>("status"));
    }

    [Fact]
    public async Task RunAsync_BadOptionsFile_IsAConfigurationError()
    {
        var options = Path.Combine(_empty, "options.json");
        await File.WriteAllTextAsync(options, """{"personal_terms":"not a list"}""");

        var exit = await Run(new AuditRequest(SampleFolders.Hardened, null, null, ReportFormat.Text), new() { ["GATEHOUSE_OPTIONS"] = options });

        Assert.Equal(ExitCodes.UsageOrConfiguration, exit);
        Assert.Contains("personal_terms", _error.ToString(), StringComparison.Ordinal);
    }

    private Task<int> Run(AuditRequest request, Dictionary<string, string>? variables = null, bool colour = false) =>
        AuditRun.RunAsync(request, name => variables?.GetValueOrDefault(name), _output, _error, colour, CancellationToken.None).WaitAsync(TestSettings.Timeout);
}
