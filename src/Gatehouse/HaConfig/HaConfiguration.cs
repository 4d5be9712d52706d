using Gatehouse.HaConfig.Yaml;

namespace Gatehouse.HaConfig;

/// <summary>
/// configuration.yaml as HA reads it: the top-level integrations plus those that <c>homeassistant: packages:</c>
/// bring in. HA also accepts <c>sensor 2:</c> style keys for a second block of the same integration.
/// </summary>
internal sealed class HaConfiguration(YamlMap root)
{
    public const string CoreKey = "homeassistant";
    public const string PackagesKey = "packages";

    public YamlMap Root { get; } = root;

    /// <summary>The <c>homeassistant:</c> block (the core settings), if written.</summary>
    public YamlMap? Core => Root[CoreKey] as YamlMap;

    /// <summary>Every block configuring <paramref name="domain"/>: at the top level and inside each package.</summary>
    public IEnumerable<YamlEntry> Sections(string domain) =>
        Blocks().SelectMany(block => block.Entries).Where(entry => IsDomainKey(entry.Key, domain));

    /// <summary>The top level and each package's mapping.</summary>
    private IEnumerable<YamlMap> Blocks()
    {
        yield return Root;
        if (Core?[PackagesKey] is YamlMap packages)
        {
            foreach (var package in packages.Entries.Select(e => e.Value).OfType<YamlMap>())
            {
                yield return package;
            }
        }
    }

    private static bool IsDomainKey(string key, string domain) =>
        key == domain || (key.StartsWith(domain, StringComparison.Ordinal) && key.Length > domain.Length && key[domain.Length] == ' ');
}
