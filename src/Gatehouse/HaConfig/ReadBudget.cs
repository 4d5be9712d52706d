using Gatehouse.HaConfig.Yaml;

namespace Gatehouse.HaConfig;

/// <summary>
/// What one check run may spend on reading the config folder, shared by every file it reads: bytes read, YAML
/// nodes built, nodes reached again through aliases, merge keys and repeated includes. A folder that
/// needs more is reported as such instead of taking the machine's memory or minutes of CPU. Cancelling the run
/// stops a parse where it is. Thread-safe: the checks of a run and an include folder's files read in parallel.
/// </summary>
internal sealed class ReadBudget(HaYamlLimits limits, CancellationToken cancellationToken)
{
    private long _bytes;
    private long _nodes;
    private long _expanded;

    public HaYamlLimits Limits { get; } = limits;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>False when these bytes would take the run past <see cref="HaYamlLimits.MaxRunBytes"/>.</summary>
    public bool TryTakeBytes(long bytes)
    {
        if (Interlocked.Add(ref _bytes, bytes) <= Limits.MaxRunBytes)
        {
            return true;
        }
        Interlocked.Add(ref _bytes, -bytes);
        return false;
    }

    /// <summary>Counts <paramref name="count"/> new nodes; stops the load (and notices cancellation) past the limit.</summary>
    public void TakeNodes(long count, SourceMark where)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (Interlocked.Add(ref _nodes, count) > Limits.MaxNodes)
        {
            throw new HaYamlException(where, $"brings the configuration past {Limits.MaxNodes:N0} values, far more than any real configuration; Gatehouse stops there (check what wrote this file)");
        }
    }

    /// <summary>Counts the nodes an alias, a merge key or a repeated include reaches again.</summary>
    public void TakeExpansion(long count, SourceMark where)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (Interlocked.Add(ref _expanded, count) > Limits.MaxExpandedNodes)
        {
            throw new HaYamlException(where, $"repeats anchors, merge keys or includes until they stand for more than {Limits.MaxExpandedNodes:N0} values (a 'YAML bomb'); Gatehouse stops there, and HA would struggle too");
        }
    }
}
