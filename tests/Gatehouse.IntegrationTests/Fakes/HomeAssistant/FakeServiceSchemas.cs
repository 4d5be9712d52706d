using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// The <c>service_data</c> schemas of the services Gatehouse calls. HA validates with voluptuous, which rejects
/// unknown keys; <c>handle_call_service</c> answers the failure <c>invalid_format</c> with <c>str(err)</c>, e.g.
/// "extra keys not allowed @ data['data']" (no "Got …": that is only humanize_error's, for the message itself).
/// </summary>
internal static class FakeServiceSchemas
{
    /// <summary>The release of <c>notify.send_message</c> and notify entities (core PR #110950).</summary>
    public static readonly (int Year, int Month) NotifyEntities = (2024, 5);

    /// <summary>The release in which <c>notify.send_message</c> took a <c>title</c> (core PR #116426).</summary>
    public static readonly (int Year, int Month) NotifyEntityTitle = (2024, 6);

    public static string? Problem(HaGeneration generation, string domain, string service, JObject? data)
    {
        if (For(generation, domain, service) is not var (required, optional))
        {
            return null;
        }
        data ??= [];
        if (required.FirstOrDefault(key => data[key] is null) is { } missing)
        {
            return $"required key not provided @ data['{missing}']";
        }
        return data.Properties().FirstOrDefault(p => !required.Contains(p.Name) && !optional.Contains(p.Name)) is { } extra
            ? $"extra keys not allowed @ data['{extra.Name}']"
            : null;
    }

    private static (string[] Required, string[] Optional)? For(HaGeneration generation, string domain, string service) => (domain, service) switch
    {
        // notify/__init__.py: entity service; the target may also be given as entity_id in the data.
        ("notify", "send_message") => (["message"], generation.Release().CompareTo(NotifyEntityTitle) >= 0 ? ["title", "entity_id"] : ["entity_id"]),
        // notify/const.py NOTIFY_SERVICE_SCHEMA, the same from 2022.12 to today.
        ("notify", _) => (["message"], ["title", "target", "data"]),
        ("persistent_notification", "create") => (["message"], ["title", "notification_id"]),
        ("persistent_notification", "dismiss") => (["notification_id"], []),
        _ => null,
    };
}
