namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// A value of HA's YAML after includes are resolved: a <see cref="YamlMap"/>, a <see cref="YamlList"/>,
/// a <see cref="YamlScalar"/> or a <see cref="YamlTagged"/> (<c>!secret</c>, <c>!env_var</c>, <c>!input</c>).
/// Every node keeps where it was written so findings can name file and line.
/// </summary>
internal abstract class YamlNode(SourceMark mark)
{
    public SourceMark Mark { get; } = mark;
}
