using Gatehouse.HaConfig;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// The shape every config-folder check shares: it reads the run's <see cref="HaConfigSnapshot"/>, synchronously
/// (file reads; the runner already gives each check its own task).
/// </summary>
internal abstract class ConfigFolderCheck(HaConfigSnapshot config) : ISecurityCheck
{
    private static readonly IReadOnlyList<CheckSource> ConfigFolderOnly = [CheckSource.ConfigFolder];

    public abstract string Id { get; }

    public abstract string Title { get; }

    public IReadOnlyList<CheckSource> Sources => ConfigFolderOnly;

    protected HaConfigSnapshot Config { get; } = config;

    public Task<CheckResult> RunAsync(CancellationToken cancellationToken) => Task.FromResult(Run(cancellationToken));

    protected abstract CheckResult Run(CancellationToken cancellationToken);

    /// <summary>For reads that fail: the reason, and what a home owner can do about an unreadable file.</summary>
    protected CheckResult Unreadable(string problem) =>
        this.Unavailable(problem, "Fix the file named (HA's own Settings > System > Repairs and its log usually point at the same problem), then run the checks again.");
}
