using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>backups in the add-on: the Supervisor's /backups/info (read with the default role) and HA's .storage/backup.</summary>
public sealed class BackupsCheckTests : SupervisedHomeAssistantTests
{
    private readonly string _configFolder = Directory.CreateTempSubdirectory("gatehouse-backups-").FullName;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_configFolder, recursive: true);
    }

    [Fact]
    public async Task RunAsync_RecentEncryptedBackupAlsoOnANas_PassesWithTheSupervisorsDates()
    {
        var newest = DateTimeOffset.UtcNow.AddDays(-1);
        WithRecentBackup(newest);
        WithSettings("daily", "\"hassio.local\", \"hassio.nas_backups\"");

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal($"Newest backup: {newest.UtcDateTime:yyyy-MM-dd} (1 day old)", result.Details[0]);
        Assert.Contains(Supervisor.Requests, r => r.Path == "/backups/info");
    }

    [Fact]
    public async Task Audit_ShippedBinaryInTheAddon_ReadsTheSupervisorsBackups()
    {
        WithRecentBackup(DateTimeOffset.UtcNow.AddHours(-5));
        WithSettings("daily", "\"hassio.local\", \"hassio.nas_backups\"");
        var options = Path.Combine(_configFolder, "options.json");
        await File.WriteAllTextAsync(options, "{}");

        await using var audit = GatehouseProcess.Start(new Dictionary<string, string?>
        {
            ["SUPERVISOR_URL"] = Supervisor.BaseUrl.ToString(),
            ["SUPERVISOR_TOKEN"] = FakeSupervisor.AddonToken,
            ["GATEHOUSE_OPTIONS"] = options,
            ["GATEHOUSE_DATA"] = _configFolder,
            ["GATEHOUSE_HA_CONFIG"] = _configFolder,
        }, "audit", "--format", "json");

        await audit.WaitForExitAsync(TestSettings.Timeout);
        var backups = AuditJson.Check(audit, "backups");
        Assert.Equal("pass", (string?)backups["status"]);
        Assert.Equal("1 backup known to the Supervisor", (string?)backups["details"]![1]);
        Assert.DoesNotContain(audit.Output, l => l.Contains("sample-not-a-real-backup-key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_OnlyAnOldUnprotectedLocalBackup_Fails()
    {
        Supervisor.SetData("/backups/info", """
            {"backups": [{"slug": "c41d8e07", "name": "Manual", "date": "2025-11-02T10:00:00+00:00", "type": "partial", "location": null, "protected": false, "compressed": true, "content": {"homeassistant": true, "addons": [], "folders": []}}], "days_until_stale": 30}
            """);
        WithSettings("never", "\"hassio.local\"");

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal(["backups:backup:recent", "backups:setting:automatic", "backups:setting:encryption", "backups:setting:offsite"], result.Findings.Select(f => f.Id));
        Assert.Contains("The newest backup is not encrypted", result.Details);
    }

    [Fact]
    public async Task RunAsync_SupervisorRefuses_IsUnavailable()
    {
        Supervisor.SetRawBody("/backups/info", "{\"result\": \"error\", \"message\": \"boom\"}");
        WithSettings("daily", "\"hassio.local\"");

        var result = await Run();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
    }

    private async Task<CheckResult> Run()
    {
        await using var live = LiveChecks.AsAddon(Supervisor);
        live.Variables["GATEHOUSE_HA_CONFIG"] = _configFolder;
        return await live.RunAsync<BackupsCheck>();
    }

    /// <summary>The recorded /backups/info with its newest backup (on the data disk and a NAS, protected) made at <paramref name="newest"/>.</summary>
    private void WithRecentBackup(DateTimeOffset newest) =>
        Supervisor.SetData("/backups/info", $$$"""
            {"backups": [{"slug": "7a3c19e2", "name": "Automatic backup", "date": "{{{newest:O}}}", "type": "full", "location": null, "locations": [null, "nas_backups"],
              "protected": true, "location_attributes": {".local": {"protected": true, "size_bytes": 1}, "nas_backups": {"protected": true, "size_bytes": 1}},
              "compressed": true, "content": {"homeassistant": true, "addons": [], "folders": []}}], "days_until_stale": 30}
            """);

    private void WithSettings(string recurrence, string agentIds)
    {
        Directory.CreateDirectory(Path.Combine(_configFolder, ".storage"));
        File.WriteAllText(Path.Combine(_configFolder, ".storage", "backup"), """
            {"version": 1, "minor_version": 7, "key": "backup", "data": {"backups": [], "config": {"agents": {}, "automatic_backups_configured": true,
             "create_backup": {"agent_ids": [AGENTS], "include_addons": null, "include_all_addons": true, "include_database": true, "include_folders": null, "name": null, "password": "sample-not-a-real-backup-key-H7T2"},
             "last_attempted_automatic_backup": null, "last_completed_automatic_backup": null, "last_completed_automatic_backup_id": null,
             "retention": {"copies": 3, "days": null}, "schedule": {"days": [], "recurrence": "RECURRENCE", "state": "never", "time": null}}}}
            """.Replace("AGENTS", agentIds, StringComparison.Ordinal).Replace("RECURRENCE", recurrence, StringComparison.Ordinal));
    }
}
