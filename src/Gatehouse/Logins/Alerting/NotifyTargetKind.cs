namespace Gatehouse.Logins.Alerting;

internal enum NotifyTargetKind
{
    Unknown,

    /// <summary>Called as <c>notify.&lt;name&gt;</c> with message and title.</summary>
    LegacyService,

    /// <summary>Called through <c>notify.send_message</c> with the entity as target (HA ≥ 2024.5).</summary>
    Entity,
}
