namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// A value HA fills in at load time: <c>!secret name</c>, <c>!env_var NAME</c>, <c>!input name</c>, or a tag HA does not
/// know. Only the argument (a name) is kept: secret values are never looked up.
/// </summary>
internal sealed class YamlTagged(SourceMark mark, string tag, string argument) : YamlNode(mark)
{
    public string Tag { get; } = tag;

    public string Argument { get; } = argument;
}
