using System.Globalization;
using Gatehouse.Checks.Backups;
using Gatehouse.Checks.Engine;
using Gatehouse.Checks.Live;
using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Storage;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// backups: after an intrusion, ransomware or a dead SD card, a recent backup kept elsewhere is the way back. Fail
/// when no backup is newer than <see cref="MaxAge"/>; warn when automatic backups are off, when backups are not
/// encrypted, or when every copy is on this device. Dates and locations only: the backup password is never read.
/// The backups are the Supervisor's (in the add-on) or Core's own backups folder; the settings are HA's
/// <c>.storage/backup</c>.
/// </summary>
internal sealed class BackupsCheck(HaConfigSnapshot config, LiveSupervisor supervisor, CheckSourceAvailability sources, TimeProvider time) : ISecurityCheck
{
    public const string CheckId = "backups";

    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(14);

    private const string Settings = "Settings > System > Backups";

    public string Id => CheckId;

    public string Title => "Backups";

    /// <summary>The Supervisor is used when there is one; without it, Core's own backups folder is looked at.</summary>
    public IReadOnlyList<CheckSource> Sources { get; } = [CheckSource.ConfigFolder];

    public async Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        var stored = config.Backup;
        if (stored.Problem is { } problem)
        {
            return this.Unavailable(problem, "Open Settings > System > Backups once (HA rewrites its settings), then run the checks again.");
        }
        var inAddon = sources.WhyMissing(CheckSource.Supervisor) is null;
        IReadOnlyList<BackupCopy> copies;
        if (inAddon)
        {
            var listed = await supervisor.BackupsAsync();
            if (listed.Value is not { } info)
            {
                return listed.Unavailable(this);
            }
            copies = BackupCopies.FromSupervisor(info);
        }
        else
        {
            copies = BackupCopies.FromCoreFolder(config.Folder);
        }
        return Judge(copies, stored.Value, inAddon);
    }

    private CheckResult Judge(IReadOnlyList<BackupCopy> copies, BackupSettings? settings, bool inAddon)
    {
        var now = time.GetUtcNow();
        var newest = copies.Select(c => (DateTimeOffset?)c.Date).Append(settings?.LastCompletedAutomatic).Max();
        var details = new List<string>
        {
            newest is { } at ? $"Newest backup: {Day(at)} ({Age(now - at)})" : "No backup found",
            $"{copies.Count} backup{(copies.Count == 1 ? "" : "s")} {(inAddon ? "known to the Supervisor" : $"in the {BackupCopies.CoreBackupsFolder} folder")}",
            settings is null ? "No backup settings (.storage/backup): HA before 2025.1 has no automatic backups"
                : $"Automatic backups: {settings.Schedule}{(settings.AgentIds.Count > 0 ? $", to {string.Join(", ", settings.AgentIds)}" : "")}",
        };
        var findings = new List<Finding>();
        if (newest is null || now - newest > MaxAge)
        {
            findings.Add(this.Finding("backup", "recent", CheckStatus.Fail,
                newest is { } last ? $"The newest backup is {Age(now - last)}" : "No backup exists",
                $"Make a backup now ({Settings} > Backup now), then turn on automatic backups."));
        }
        if (settings is not { Automatic: true })
        {
            findings.Add(this.Finding("setting", "automatic", CheckStatus.Warn, "Automatic backups are off",
                $"{Settings} > Configure automatic backups: daily, kept in two places (this device and Home Assistant Cloud, a network storage or a cloud drive)."));
        }
        if (Unencrypted(copies, settings) is { } unencrypted)
        {
            findings.Add(this.Finding("setting", "encryption", CheckStatus.Warn, unencrypted,
                $"{Settings} > Configure automatic backups: keep encryption on for every location, and store the encryption key somewhere safe away from HA."));
        }
        var offDevice = copies.Any(c => c.OffDevice) || settings?.AgentIds.Any(a => !BackupSettings.LocalAgents.Contains(a)) == true;
        if (newest is not null && !offDevice)
        {
            findings.Add(this.Finding("setting", "offsite", CheckStatus.Warn, "Every backup is on this device: a dead disk or ransomware takes them with it",
                $"{Settings} > Locations: add Home Assistant Cloud, a network storage (Settings > System > Storage) or a cloud drive."));
        }
        if (findings.Count == 0)
        {
            return this.Pass($"The newest backup is {Age(now - newest!.Value)}, automatic, encrypted and kept off this device too.", details);
        }
        var remediation = string.Join(" ", findings.Select(f => f.Fix).Distinct());
        details.AddRange(findings.Select(f => f.Text));
        var failed = findings.Any(f => f.Status == CheckStatus.Fail);
        return (failed
                ? this.Fail($"{findings[0].Text}: a broken disk, ransomware or an intruder's changes could not be undone.", details, remediation)
                : this.Warn($"{string.Join("; ", findings.Select(f => f.Text))}.", details, remediation))
            .WithFindings(findings);
    }

    /// <summary>What is not encrypted, in words; null when all is.</summary>
    private static string? Unencrypted(IReadOnlyList<BackupCopy> copies, BackupSettings? settings)
    {
        if (settings is { Automatic: true, PasswordSet: false })
        {
            return "Automatic backups are not encrypted";
        }
        if (settings?.AgentIds.Intersect(settings.UnencryptedAgentIds).ToList() is { Count: > 0 } plain)
        {
            return $"Backups to {string.Join(", ", plain)} are not encrypted";
        }
        return copies.MaxBy(c => c.Date) is { Encrypted: false } ? "The newest backup is not encrypted" : null;
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Age(TimeSpan age) => age.TotalDays < 1 ? "from today" : $"{(int)age.TotalDays} day{((int)age.TotalDays == 1 ? "" : "s")} old";
}
