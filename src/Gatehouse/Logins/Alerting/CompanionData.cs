using Newtonsoft.Json.Linq;

namespace Gatehouse.Logins.Alerting;

/// <summary>
/// The HA companion apps' notification data, for <c>notify.mobile_app_*</c> targets only (the mobile_app notify
/// platform; other platforms reject or ignore unknown keys). Keys as the companion apps document them
/// (Notifications, Basics): <c>tag</c> replaces an earlier notification with the same tag, so a repeat from one
/// address updates one notification instead of stacking; <c>group</c> bundles Gatehouse's notifications;
/// <c>url</c> (iOS) and <c>clickAction</c> (Android) open the panel, which HA registers at <c>/&lt;add-on slug&gt;</c>.
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
            data["url"] = panelPath;
            data["clickAction"] = panelPath;
        }
        return data;
    }
}
