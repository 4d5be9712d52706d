using Gatehouse.Checks;

namespace Gatehouse.Panel;

/// <summary>
/// The last check run's report, for the panel's pages; null until the first run ends. Each report gets the next
/// number (sent as its ETag): two runs within one second have the same <c>generated_at</c>, and the page must
/// still tell that the run it asked for has ended.
/// </summary>
internal sealed class LatestReport : ICheckReportListener
{
    private (CheckReport Report, long Number)? _latest;
    private readonly Lock _lock = new();
    private long _count;

    public (CheckReport Report, long Number)? Current
    {
        get
        {
            lock (_lock)
            {
                return _latest;
            }
        }
    }

    public Task OnReportAsync(CheckReport report, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _latest = (report, ++_count);
        }
        return Task.CompletedTask;
    }
}
