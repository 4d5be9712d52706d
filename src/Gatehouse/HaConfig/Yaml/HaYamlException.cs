namespace Gatehouse.HaConfig.Yaml;

/// <summary>HA's YAML cannot be read as HA would: broken syntax, a missing or escaping include, a loop, a file too large.</summary>
internal sealed class HaYamlException(SourceMark mark, string problem) : Exception($"{mark}: {problem}")
{
    public SourceMark Mark { get; } = mark;

    public string Problem { get; } = problem;
}
