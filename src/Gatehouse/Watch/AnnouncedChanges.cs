namespace Gatehouse.Watch;

/// <summary>
/// Changes already announced as they happened (a live account event), by finding id: the next check run finds the
/// same thing new and must not announce it twice. Kept until that run has been compared.
/// </summary>
internal sealed class AnnouncedChanges
{
    private readonly Lock _lock = new();
    private HashSet<string> _ids = new(StringComparer.Ordinal);

    public void Add(IEnumerable<string> ids)
    {
        lock (_lock)
        {
            _ids.UnionWith(ids);
        }
    }

    /// <summary>The ids announced since the last call, and forgets them.</summary>
    public IReadOnlySet<string> Take()
    {
        lock (_lock)
        {
            var taken = _ids;
            _ids = new HashSet<string>(StringComparer.Ordinal);
            return taken;
        }
    }
}
