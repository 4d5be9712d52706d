using Gatehouse.HomeAssistant.Compatibility;

namespace Gatehouse.Mqtt.Discovery;

/// <summary>
/// What one Home Assistant release's MQTT discovery accepts of the keys Gatehouse sends. Each platform's discovery
/// schema drops unknown keys silently (<c>extra=vol.REMOVE_EXTRA</c>, every release 2022.12 to today), so a key sent
/// to a release that does not know it is lost without a word, and an id key it does not know makes HA derive the
/// entity id from the name: send each release the keys it reads.
/// </summary>
internal sealed record DiscoveryDialect(HaRelease? Release)
{
    /// <summary><c>default_entity_id</c> replaced <c>object_id</c> in 2025.10 (core PRs #151775, #151996).</summary>
    public static readonly HaRelease DefaultEntityIdRelease = new(2025, 10);

    /// <summary>The MQTT <c>event</c> platform (core PR #96876); before it HA logs "Integration event is not supported".</summary>
    public static readonly HaRelease EventPlatformRelease = new(2023, 8);

    /// <summary>
    /// <c>device.configuration_url</c> took <c>homeassistant://</c> links in 2023.8 (core PR #96107); before, it is
    /// <c>cv.url</c> (http and https only) and an add-on link makes HA reject the whole config.
    /// </summary>
    public static readonly HaRelease HomeAssistantLinksRelease = new(2023, 8);

    /// <summary>The <c>origin</c> block (core PR #98782); earlier releases drop it.</summary>
    public static readonly HaRelease OriginRelease = new(2023, 9);

    /// <summary>For an HA whose release is unknown (none configured, or an unreadable version): today's HA.</summary>
    public static readonly DiscoveryDialect Current = new((HaRelease?)null);

    /// <summary>
    /// The key that sets the entity id: <c>object_id</c> (the id's object part) before 2025.10,
    /// <c>default_entity_id</c> (the whole id) from 2025.10, where <c>object_id</c> alone logs a deprecation warning
    /// and from 2026.4 (core PR #164460) is ignored.
    /// </summary>
    public bool UsesDefaultEntityId => !(Release < DefaultEntityIdRelease);

    public bool HasEventPlatform => !(Release < EventPlatformRelease);

    public bool AcceptsHomeAssistantLinks => !(Release < HomeAssistantLinksRelease);

    public bool AcceptsOrigin => !(Release < OriginRelease);

    public bool Supports(string component) => component != EventDiscovery.Component || HasEventPlatform;
}
