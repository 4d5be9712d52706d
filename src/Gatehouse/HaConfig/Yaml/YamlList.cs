namespace Gatehouse.HaConfig.Yaml;

/// <summary>A YAML sequence.</summary>
internal sealed class YamlList(SourceMark mark, IReadOnlyList<YamlNode> items) : YamlNode(mark)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;
}
