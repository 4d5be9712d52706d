namespace Gatehouse.HomeAssistant.Messages;

/// <summary><c>UpdateType</c> of <c>persistent_notification/__init__.py</c>.</summary>
internal static class PersistentNotificationUpdateTypes
{
    public const string Current = "current";
    public const string Added = "added";
    public const string Updated = "updated";
    public const string Removed = "removed";
}
