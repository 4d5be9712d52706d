namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// The generations of Home Assistant whose websocket API differs in what Gatehouse uses (the compatibility table
/// in DOCS.md). Each fake speaks as the first release of its generation, except the oldest, which speaks as 2022.12,
/// the oldest release Gatehouse supports and the one recorded in reference/samples.
/// </summary>
public enum HaGeneration
{
    /// <summary>≤ 2023.5: notices are entities <c>persistent_notification.&lt;slug&gt;</c> followed by <c>state_changed</c>; no subscribe command.</summary>
    Until2023_5,

    /// <summary>2023.6–2023.11: <c>persistent_notification/subscribe</c> (core PR #92828); re-creating an id sends <c>added</c> again.</summary>
    From2023_6,

    /// <summary>
    /// 2023.12–2025.9: <c>call_service</c> takes <c>return_response</c> (core PR #98610); service errors carry
    /// translation keys and <c>service_validation_error</c> exists (PR #102592).
    /// </summary>
    From2023_12,

    /// <summary>2025.10–2026.8: MQTT discovery takes <c>default_entity_id</c> (core PR #151775); the websocket API is as in 2023.12.</summary>
    From2025_10,

    /// <summary>≥ 2026.9 (core PR #171067): re-creating an existing notice id sends <c>updated</c>.</summary>
    From2026_9,
}

/// <summary>What each generation does, in one place, so the fake's parts agree.</summary>
internal static class HaGenerations
{
    public static readonly HaGeneration[] All = Enum.GetValues<HaGeneration>();

    /// <summary>
    /// One generation per way HA shows notices: entities, the subscription with <c>added</c>, with <c>updated</c>.
    /// For the slowest tests of what happens to notices alone (the other generations differ in service calls and
    /// MQTT keys, which every other pipeline test covers on all of them).
    /// </summary>
    public static readonly HaGeneration[] NoticeMechanisms = [HaGeneration.Until2023_5, HaGeneration.From2023_6, HaGeneration.From2026_9];

    /// <summary>The <c>ha_version</c> the fake announces.</summary>
    public static string Version(this HaGeneration generation) => generation switch
    {
        HaGeneration.Until2023_5 => "2022.12.9",
        HaGeneration.From2023_6 => "2023.6.3",
        HaGeneration.From2023_12 => "2023.12.4",
        HaGeneration.From2025_10 => "2025.10.4",
        _ => "2026.9.2",
    };

    /// <summary>The announced release as (year, month), to compare with a feature's first release.</summary>
    public static (int Year, int Month) Release(this HaGeneration generation)
    {
        var parts = generation.Version().Split('.');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    public static bool NoticesAreEntities(this HaGeneration generation) => generation == HaGeneration.Until2023_5;

    /// <summary>
    /// Whether <paramref name="frame"/> is the login notices' subscription on this generation: the notice command, or
    /// on the oldest the <c>state_changed</c> subscription (the account watch subscribes to other events alike).
    /// </summary>
    public static bool IsNoticeSubscription(this HaGeneration generation, ReceivedFrame frame) =>
        generation.NoticesAreEntities()
            ? frame.Type == "subscribe_events" && (string?)frame.Message["event_type"] == "state_changed"
            : frame.Type == "persistent_notification/subscribe";

    public static bool SendsUpdatedForRecreatedNotices(this HaGeneration generation) => generation >= HaGeneration.From2026_9;

    /// <summary>return_response on call_service, translated service errors, service_validation_error.</summary>
    public static bool HasServiceResponses(this HaGeneration generation) => generation >= HaGeneration.From2023_12;
}
