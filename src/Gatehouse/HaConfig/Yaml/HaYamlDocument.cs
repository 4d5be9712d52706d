namespace Gatehouse.HaConfig.Yaml;

/// <summary>configuration.yaml with its includes resolved, or the reason it could not be read (with file and line).</summary>
internal sealed record HaYamlDocument(YamlMap? Root, HaYamlException? Problem, IReadOnlyList<string> Files)
{
    public static HaYamlDocument Failed(HaYamlException problem) => new(null, problem, []);
}
