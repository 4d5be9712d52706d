using Gatehouse.HomeAssistant.Supervisor.Models;

namespace Gatehouse.Checks.Updates;

/// <summary>The updates the Supervisor knows of: Core, OS (HA OS only), itself and each installed add-on.</summary>
internal static class SupervisorUpdates
{
    public static IEnumerable<PendingUpdate> Pending(CoreInfo core, OsInfo os, SupervisorInfo supervisor, IEnumerable<InstalledAddon> addons)
    {
        if (Waiting(core.Version, core.VersionLatest, core.UpdateAvailable))
        {
            yield return new PendingUpdate(UpdateEntities.CoreTitle, UpdateKind.Core, core.Version!, core.VersionLatest!, null);
        }
        // Off HA OS the versions are null.
        if (Waiting(os.Version, os.VersionLatest, os.UpdateAvailable))
        {
            yield return new PendingUpdate(UpdateEntities.OsTitle, UpdateKind.OperatingSystem, os.Version!, os.VersionLatest!, null);
        }
        if (Waiting(supervisor.Version, supervisor.VersionLatest, supervisor.UpdateAvailable))
        {
            yield return new PendingUpdate(UpdateEntities.SupervisorTitle, UpdateKind.Supervisor, supervisor.Version!, supervisor.VersionLatest!, null);
        }
        foreach (var addon in addons.Where(a => Waiting(a.Version, a.VersionLatest, a.UpdateAvailable)))
        {
            yield return new PendingUpdate(addon.Name ?? addon.Slug, UpdateKind.Addon, addon.Version!, addon.VersionLatest!, null);
        }
    }

    private static bool Waiting(string? installed, string? latest, bool available) =>
        available && installed is not null && latest is not null && installed != latest;
}
