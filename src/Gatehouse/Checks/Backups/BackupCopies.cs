using System.Globalization;
using Gatehouse.HaConfig;
using Gatehouse.HomeAssistant.Supervisor.Models;

namespace Gatehouse.Checks.Backups;

/// <summary>
/// The dated backups there are: the Supervisor's list in the add-on, else the tar files of Core's own
/// <c>backups</c> folder (the <c>backup.local</c> agent of HA Core and Container installs).
/// </summary>
internal static class BackupCopies
{
    public const string CoreBackupsFolder = "backups";

    /// <summary>A home keeps a few dozen; past this many the folder is not listed further.</summary>
    public const int MaxFiles = 1000;

    public static IReadOnlyList<BackupCopy> FromSupervisor(BackupsInfo info) =>
        info.Backups
            .Select(b => DateTimeOffset.TryParse(b.Date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? new BackupCopy(date, Locations(b).Any(l => l is not (null or SupervisorBackup.LocalLocation)), b.Protected)
                : null)
            .OfType<BackupCopy>()
            .ToList();

    /// <summary>The tar files in the config folder's <c>backups</c>, dated by their time of writing; none when there is no such folder.</summary>
    public static IReadOnlyList<BackupCopy> FromCoreFolder(HaConfigFolder folder)
    {
        if (folder.ResolveInside(CoreBackupsFolder) is not { } path || !Directory.Exists(path))
        {
            return [];
        }
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return new DirectoryInfo(path).EnumerateFiles("*.tar", options)
            .Take(MaxFiles)
            .Select(file => new BackupCopy(new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero), false, null))
            .ToList();
    }

    /// <summary>Every place a copy is kept: the newest field the Supervisor sends wins; null is the data disk.</summary>
    private static IEnumerable<string?> Locations(SupervisorBackup backup) =>
        backup.LocationAttributes is { } attributes ? attributes.Properties().Select(p => (string?)p.Name)
        : backup.Locations is { Count: > 0 } locations ? locations
        : [backup.Location];
}
