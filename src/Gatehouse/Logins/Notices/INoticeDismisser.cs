namespace Gatehouse.Logins.Notices;

/// <summary>Dismisses a notice in HA (<c>persistent_notification.dismiss</c>).</summary>
internal interface INoticeDismisser
{
    /// <summary>True when HA accepted the dismiss; never throws for a refused one.</summary>
    Task<bool> DismissAsync(string notificationId, CancellationToken cancellationToken);
}
