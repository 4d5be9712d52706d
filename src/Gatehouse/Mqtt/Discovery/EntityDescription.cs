namespace Gatehouse.Mqtt.Discovery;

/// <summary>What every Gatehouse entity's config says, whatever its platform.</summary>
/// <param name="ObjectId">Stable id: the unique_id and default entity id derive from it, so never rename one.</param>
/// <param name="Name">The entity's own name; HA shows it after the device name ("Gatehouse Banned IPs").</param>
/// <param name="Icon">An mdi icon, or null for the platform's default.</param>
/// <param name="EntityCategory"><c>diagnostic</c>, or null for a primary entity.</param>
/// <param name="HasAttributes">Whether the entity has a <c>json_attributes_topic</c>.</param>
internal sealed record EntityDescription(
    string ObjectId,
    string Name,
    string? Icon = null,
    string? EntityCategory = null,
    bool HasAttributes = false);
