namespace Gatehouse.HaConfig.Yaml;

/// <summary>One key of a mapping, with where the key itself was written.</summary>
internal sealed record YamlEntry(string Key, SourceMark KeyMark, YamlNode Value);
