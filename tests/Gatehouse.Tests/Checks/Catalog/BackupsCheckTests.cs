using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Checks.Engine;
using Gatehouse.Checks.Live;
using Gatehouse.Logins;
using Gatehouse.Tests.HaConfig;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

namespace Gatehouse.Tests.Checks.Catalog;

/// <summary>
/// backups outside the add-on (HA Core and Container): Core's backups folder and .storage/backup as HA writes it
/// (components/backup/config.py: 2025.1's schedule.state, 2025.2's recurrence, 2025.4's per-location protected).
/// The Supervisor's list is covered by the integration tests.
/// </summary>
public sealed class BackupsCheckTests : IDisposable
{
    private const string Password = "backup-key-7Q2M-not-real-9XK4";
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_DailyEncryptedToCloudAndRecent_Passes()
    {
        WithSettings(Config());
        WithBackupFile("a1b2c3d4.tar", Now.AddDays(-1));

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal(["Newest backup: 2026-12-06 (1 day old)", "1 backup in the backups folder", "Automatic backups: daily, to backup.local, cloud.cloud"], result.Details);
    }

    [Fact]
    public async Task RunAsync_OnlyCloudCopiesOfAutomaticBackups_CountTheLastCompleted()
    {
        WithSettings(Config(lastCompleted: "2026-12-05T04:47:12.345678+01:00"));

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal("Newest backup: 2026-12-05 (2 days old)", result.Details[0]);
    }

    [Fact]
    public async Task RunAsync_NoBackupAndNoSettings_FailsWithEveryFinding()
    {
        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.StartsWith("No backup exists:", result.Summary, StringComparison.Ordinal);
        Assert.Equal(["backups:backup:recent", "backups:setting:automatic"], result.Findings.Select(f => f.Id));
    }

    [Fact]
    public async Task RunAsync_NewestBackupIs30DaysOld_Fails()
    {
        WithSettings(Config(lastCompleted: null));
        WithBackupFile("old.tar", Now.AddDays(-30));

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("The newest backup is 30 days old", result.Details);
    }

    [Fact]
    public async Task RunAsync_ScheduleNever_WarnsAutomaticOff()
    {
        WithSettings(Config(schedule: """{"days": [], "recurrence": "never", "state": "never", "time": null}"""));
        WithBackupFile("manual.tar", Now.AddDays(-2));

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal("Automatic backups are off.", result.Summary);
    }

    [Fact]
    public async Task RunAsync_Ha2025_1WeekdayState_IsAutomatic()
    {
        WithSettings(Config(schedule: """{"state": "mon"}""", agents: null));

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Contains("Automatic backups: on mon, to backup.local, cloud.cloud", result.Details);
    }

    [Fact]
    public async Task RunAsync_NoPassword_WarnsNotEncrypted()
    {
        WithSettings(Config(password: null));

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal("backups:setting:encryption", result.Findings.Single().Id);
        Assert.Equal("Automatic backups are not encrypted", result.Findings.Single().Text);
    }

    [Fact]
    public async Task RunAsync_EncryptionOffForTheCloud_WarnsNamingTheLocation()
    {
        WithSettings(Config(agents: """{"backup.local": {"protected": true, "retention": null}, "cloud.cloud": {"protected": false, "retention": {"copies": 3, "days": null}}}"""));

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal("Backups to cloud.cloud are not encrypted", result.Findings.Single().Text);
    }

    [Fact]
    public async Task RunAsync_OnlyThisDevice_WarnsOffsite()
    {
        WithSettings(Config(agentIds: """["backup.local"]"""));

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal("backups:setting:offsite", result.Findings.Single().Id);
    }

    [Fact]
    public async Task RunAsync_AnyOutcome_NeverCarriesThePassword()
    {
        WithSettings(Config(schedule: """{"days": [], "recurrence": "never", "state": "never", "time": null}""", agentIds: """["backup.local"]""", lastCompleted: null));

        var json = JsonConvert.SerializeObject(await Run());

        Assert.DoesNotContain(Password, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Password[..8], json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DamagedSettings_IsUnavailable()
    {
        _folder.Storage("backup", """{"backups": [], "config": 3}""");

        var result = await Run();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains(".storage/backup", result.Summary, StringComparison.Ordinal);
    }

    private Task<CheckResult> Run()
    {
        var availability = new CheckSourceAvailability(_folder.Folder, TestEnvironment.Standalone(_folder.Root), NoAttemptLog.Instance);
        return new BackupsCheck(_folder.Snapshot(), new LiveSupervisor(TestEnvironment.NoSupervisor()), availability, new FakeTimeProvider(Now)).RunAsync(CancellationToken.None);
    }

    private void WithSettings(string config) =>
        _folder.Storage("backup", $$"""{"backups": [{"backup_id": "a1b2c3d4", "failed_agent_ids": [], "failed_addons": [], "failed_folders": []}], "config": {{config}}}""");

    private void WithBackupFile(string name, DateTimeOffset written)
    {
        _folder.Write($"backups/{name}", "not a real tar");
        File.SetLastWriteTimeUtc(Path.Combine(_folder.Root, "backups", name), written.UtcDateTime);
    }

    /// <summary>data.config as HA 2025.8–2026.x saves it.</summary>
    private static string Config(
        string schedule = """{"days": [], "recurrence": "daily", "state": "never", "time": null}""",
        string? password = Password,
        string agentIds = """["backup.local", "cloud.cloud"]""",
        string? agents = """{"backup.local": {"protected": true, "retention": null}, "cloud.cloud": {"protected": true, "retention": null}}""",
        string? lastCompleted = "2026-12-06T04:51:03.551289+00:00") =>
        $$"""
        {"agents": {{agents ?? "{}"}}, "automatic_backups_configured": true,
         "create_backup": {"agent_ids": {{agentIds}}, "include_addons": null, "include_all_addons": false, "include_database": true, "include_folders": null, "name": null, "password": {{JsonConvert.SerializeObject(password)}}},
         "last_attempted_automatic_backup": {{JsonConvert.SerializeObject(lastCompleted)}}, "last_completed_automatic_backup": {{JsonConvert.SerializeObject(lastCompleted)}},
         "last_completed_automatic_backup_id": "a1b2c3d4", "retention": {"copies": 3, "days": null}, "schedule": {{schedule}}}
        """;
}
