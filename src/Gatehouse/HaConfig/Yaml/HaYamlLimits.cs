namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// Bounds on what one check run reads from the config folder (see <see cref="ReadBudget"/>), so a runaway or hostile
/// folder cannot exhaust a Raspberry Pi's memory or CPU. Real configurations are far below them: the largest files
/// (automations.yaml) are a few hundred kilobytes, and 2,000 files of automations make about 100,000 values.
/// </summary>
internal sealed record HaYamlLimits
{
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Every file of one run together (YAML and .storage).</summary>
    public long MaxRunBytes { get; init; } = 48L * 1024 * 1024;

    public int MaxFiles { get; init; } = 20_000;

    /// <summary>Includes within includes, and nesting within one file.</summary>
    public int MaxDepth { get; init; } = 100;

    /// <summary>Mappings, lists and values built, over every file of the run.</summary>
    public long MaxNodes { get; init; } = 1_000_000;

    /// <summary>Values reached again through aliases, merge keys and files included more than once.</summary>
    public long MaxExpandedNodes { get; init; } = 1_000_000;
}
