using Newtonsoft.Json.Linq;

namespace Gatehouse.Logins.Alerting;

/// <summary>
/// The HA companion apps' notification data, for <c>notify.mobile_app_*</c> targets only (the mobile_app notify
/// platform; other platforms reject or ignore unknown keys). Keys as the companion apps document them
/// (Notifications, Basics): <c>tag</c> replaces an earlier notification with the same tag, so a repeat from one
/// address updates one notification instead of stacking; <c>group</c> bundles Gatehouse's notifications;
/// <c>url</c> (iOS) and <c>clickAction</c> (Android) open the panel on the alert's tab (<see cref="Link"/>).
/// </summary>
internal static class CompanionData
{
    public const string MobileAppPrefix = "mobile_app_";
    public const string Group = "gatehouse";
    public const string TagPrefix = "gatehouse-";

    public static bool IsFor(NotifyTarget target) =>
        target.Kind == NotifyTargetKind.LegacyService && target.Name.StartsWith(MobileAppPrefix, StringComparison.Ordinal);

    /// <param name="panelPath">The panel's path in HA's frontend (<c>/a0d7b954_gatehouse</c>); null outside the add-on.</param>
    public static JObject For(AlertMessage message, string? panelPath)
    {
        var data = new JObject { ["group"] = Group };
        if (message.About is { Length: > 0 } about)
        {
            data["tag"] = TagPrefix + about;
        }
        if (panelPath is not null)
        {
            var link = Link(panelPath, message.Tab);
            data["url"] = link;
            data["clickAction"] = link;
        }
        return data;
    }

    /// <summary>
    /// Where in HA's frontend the panel opens on a tab (DOCS.md, "The Gatehouse panel"). HA registers the panel at
    /// <c>/&lt;slug&gt;</c> and shows it in an iframe whose address is the bare ingress URL, on every release: no
    /// query, fragment or path of HA's URL reaches the page by the iframe's address. From HA 2026.2 (frontend
    /// 20260128.0, <c>src/panels/app/ha-panel-app.ts</c>, PR #28214; core PR #161265 registers sidebar add-ons as that
    /// "app" panel) the page can ask HA for the rest of HA's path (<c>home-assistant/subscribe-properties</c>), which
    /// panel.js reads its tab from. Up to HA 2026.1 (frontend 20251229.x, <c>hassio/src/hassio-router.ts</c>) the
    /// Supervisor panel routes <c>/&lt;slug&gt;/&lt;page&gt;</c> itself: an unknown page shows nothing, and
    /// <c>/&lt;slug&gt;/ingress</c> is where it puts the panel. So the link is <c>/&lt;slug&gt;/ingress/&lt;tab&gt;</c>:
    /// the tab from 2026.2, the panel's first view before. The overview is the panel itself.
    /// </summary>
    public static string Link(string panelPath, PanelTab tab) => tab switch
    {
        PanelTab.Checks => panelPath + "/ingress/checks",
        PanelTab.Logins => panelPath + "/ingress/logins",
        _ => panelPath,
    };
}
