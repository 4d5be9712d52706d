using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.Checks.Updates;

/// <summary>
/// The <c>update.*</c> entities with an update waiting (state <c>on</c>: newer and not skipped; ha-core.md §6).
/// The Supervisor's entities carry fixed titles ("Home Assistant Core"…, or the add-on's name); users can rename
/// the entity ids, so they are matched by title, never by id.
/// </summary>
internal static class UpdateEntities
{
    public const string CoreTitle = "Home Assistant Core";
    public const string OsTitle = "Home Assistant Operating System";
    public const string SupervisorTitle = "Home Assistant Supervisor";

    /// <summary>The Supervisor's add-on entities show the add-on's icon from this path.</summary>
    private const string AddonPicturePrefix = "/api/hassio/addons/";

    /// <summary>True when an update entity offers Core's updates (the Supervisor's; HA Container and Core have none).</summary>
    public static bool CoversCore(IEnumerable<HassState> states) =>
        states.Any(s => s.EntityId.StartsWith("update.", StringComparison.Ordinal) && (s.Attribute("title") ?? s.Attribute("friendly_name")) == CoreTitle);

    public static IEnumerable<PendingUpdate> Pending(IEnumerable<HassState> states) =>
        from state in states
        where state.EntityId.StartsWith("update.", StringComparison.Ordinal) && state.State == "on"
        let title = state.Attribute("title") ?? state.Attribute("friendly_name") ?? state.EntityId
        select new PendingUpdate(
            title,
            KindOf(title, state.Attribute("entity_picture")),
            state.Attribute("installed_version") ?? "?",
            state.Attribute("latest_version") ?? "?",
            state.LastChanged);

    private static UpdateKind KindOf(string title, string? picture) => title switch
    {
        CoreTitle => UpdateKind.Core,
        OsTitle => UpdateKind.OperatingSystem,
        SupervisorTitle => UpdateKind.Supervisor,
        _ when picture?.StartsWith(AddonPicturePrefix, StringComparison.Ordinal) == true => UpdateKind.Addon,
        _ => UpdateKind.Other,
    };
}
