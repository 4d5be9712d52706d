namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// Bounds on what one check run reads from the config folder's YAML (see <see cref="ReadBudget"/>), so a runaway or
/// hostile folder cannot exhaust a Raspberry Pi's memory or CPU: together they keep the loaded tree within about
/// 50 MB (a value costs about 100 bytes, and its text twice its size). Real configurations are far below them: the
/// largest files (automations.yaml) are a few hundred kilobytes, and 2,000 files of automations make about 70,000 values.
/// </summary>
internal sealed record HaYamlLimits
{
    public long MaxFileBytes { get; init; } = 4L * 1024 * 1024;

    /// <summary>Every YAML file of one run together.</summary>
    public long MaxRunBytes { get; init; } = 16L * 1024 * 1024;

    public int MaxFiles { get; init; } = 20_000;

    /// <summary>Includes within includes, and nesting within one file.</summary>
    public int MaxDepth { get; init; } = 100;

    /// <summary>Mappings, lists and values built, over every file of the run.</summary>
    public long MaxNodes { get; init; } = 250_000;

    /// <summary>Values reached again through aliases, merge keys and files included more than once.</summary>
    public long MaxExpandedNodes { get; init; } = 1_000_000;
}
