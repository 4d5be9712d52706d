namespace Gatehouse.HaConfig.Yaml;

/// <summary>A YAML mapping in written order. Duplicate keys are kept; lookups take the last, as HA does.</summary>
internal sealed class YamlMap(SourceMark mark, IReadOnlyList<YamlEntry> entries) : YamlNode(mark)
{
    public IReadOnlyList<YamlEntry> Entries { get; } = entries;

    public YamlNode? this[string key] => Entries.LastOrDefault(e => e.Key == key)?.Value;

    public YamlEntry? Entry(string key) => Entries.LastOrDefault(e => e.Key == key);
}
