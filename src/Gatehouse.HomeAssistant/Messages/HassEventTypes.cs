namespace Gatehouse.HomeAssistant.Messages;

/// <summary>Bus event types Gatehouse subscribes to.</summary>
internal static class HassEventTypes
{
    public const string StateChanged = "state_changed";

    /// <summary>
    /// HA's account events (<c>homeassistant/auth/__init__.py</c>), each with data <c>{"user_id": …}</c>: added and
    /// removed since 2018 (core PR #17328), updated since 2022.7 (PR #71965), so on every release Gatehouse
    /// supports. Not in HA's SUBSCRIBE_ALLOWLIST (<c>auth/permissions/events.py</c>): only an administrator's
    /// connection may subscribe, which the Supervisor's is (its system user is in system-admin).
    /// </summary>
    public const string UserAdded = "user_added";

    public const string UserUpdated = "user_updated";

    public const string UserRemoved = "user_removed";
}
