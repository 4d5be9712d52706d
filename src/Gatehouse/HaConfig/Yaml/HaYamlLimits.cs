namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// Bounds on what one load reads, so a runaway folder cannot exhaust a Raspberry Pi's memory. Real configurations
/// are far below them: the largest files (automations.yaml) are a few hundred kilobytes.
/// </summary>
internal sealed record HaYamlLimits
{
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    public int MaxFiles { get; init; } = 20_000;

    /// <summary>Includes within includes, and nesting within one file.</summary>
    public int MaxDepth { get; init; } = 100;
}
