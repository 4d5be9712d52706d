namespace Gatehouse.HaConfig.Yaml;

/// <summary>Where a value was written: the file (relative to the config folder) and the 1-based line (0: the file as a whole).</summary>
internal readonly record struct SourceMark(string File, long Line)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
