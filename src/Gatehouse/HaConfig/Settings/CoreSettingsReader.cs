using System.Text.Json;
using Gatehouse.HaConfig.Storage;
using Gatehouse.HaConfig.Yaml;

namespace Gatehouse.HaConfig.Settings;

/// <summary>
/// HA keeps these in <c>.storage/core.config</c> when set in the UI; a value written under <c>homeassistant:</c>
/// in configuration.yaml overrides the stored one (core_config.py), so YAML wins field by field here too.
/// </summary>
internal static class CoreSettingsReader
{
    public const string StorageKey = "core.config";

    public static CoreSettings FromStorage(JsonElement data) => new(
        data.Text("location_name"),
        data.NumberText("latitude"),
        data.NumberText("longitude"),
        data.Text("external_url"),
        data.Text("internal_url"),
        $"{HaConfigFolder.StorageFolder}/{StorageKey}");

    /// <returns>The merged settings, or null when neither source holds any (HA not set up yet, or not HA's folder).</returns>
    public static CoreSettings? Merge(CoreSettings? stored, HaConfiguration? configuration)
    {
        var core = configuration?.Core;
        string? Yaml(string key) => core?[key] is YamlScalar { IsNull: false } scalar ? scalar.Value : null;
        var fromYaml = core is not null && new[] { "name", "latitude", "longitude", "external_url", "internal_url" }.Any(k => Yaml(k) is not null);
        var source = (stored, fromYaml) switch
        {
            (not null, true) => $"{stored.Source} and the homeassistant: block of configuration.yaml",
            (not null, false) => stored.Source,
            (null, true) => "the homeassistant: block of configuration.yaml",
            _ => null,
        };
        return source is null ? null : new CoreSettings(
            Yaml("name") ?? stored?.Name,
            Yaml("latitude") ?? stored?.Latitude,
            Yaml("longitude") ?? stored?.Longitude,
            Yaml("external_url") ?? stored?.ExternalUrl,
            Yaml("internal_url") ?? stored?.InternalUrl,
            source);
    }
}
