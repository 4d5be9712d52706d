using Gatehouse.HomeAssistant.Supervisor.Models;

namespace Gatehouse.Checks.Updates;

/// <summary>The updates the Supervisor knows of: Core, OS (HA OS only), itself and each installed add-on.</summary>
internal static class SupervisorUpdates
{
    public static IEnumerable<PendingUpdate> Pending(CoreInfo core, OsInfo os, SupervisorInfo supervisor, IEnumerable<InstalledAddon> addons)
    {
        IEnumerable<(VersionedSupervisorData Data, string Title, UpdateKind Kind)> all =
        [
            (core, UpdateEntities.CoreTitle, UpdateKind.Core),
            (os, UpdateEntities.OsTitle, UpdateKind.OperatingSystem),
            (supervisor, UpdateEntities.SupervisorTitle, UpdateKind.Supervisor),
            .. addons.Select(addon => ((VersionedSupervisorData)addon, addon.Name ?? addon.Slug, UpdateKind.Addon)),
        ];
        return all
            .Where(item => item.Data.HasPendingUpdate)
            .Select(item => new PendingUpdate(item.Title, item.Kind, item.Data.Version!, item.Data.VersionLatest!, null))
            .ToList();
    }
}
