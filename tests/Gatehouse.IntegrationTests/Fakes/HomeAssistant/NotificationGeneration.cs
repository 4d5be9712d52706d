namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>How HA's persistent notifications behave, by release (reference ha-core.md §2).</summary>
public enum NotificationGeneration
{
    /// <summary>≤ 2023.5: entities <c>persistent_notification.&lt;slug&gt;</c>, <c>state_changed</c>; no subscribe command.</summary>
    Legacy,

    /// <summary>2023.6–2026.7: <c>persistent_notification/subscribe</c>; re-creating an id sends <c>added</c> again.</summary>
    Modern,

    /// <summary>≥ 2026.8 (PR #171067): re-creating an existing id sends <c>updated</c>.</summary>
    Current,
}
