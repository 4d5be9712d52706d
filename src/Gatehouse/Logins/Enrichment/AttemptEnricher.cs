using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins.Enrichment;

/// <summary>
/// Finds HA's log line for each address, within a time budget: the notice has no URL or user agent, the log
/// line does. A slow, failing or missing log never delays an alert beyond the budget.
/// </summary>
internal sealed class AttemptEnricher(IEnumerable<ILoginLogSource> sources, TimeProvider time, ILogger<AttemptEnricher> logger)
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    /// <summary>The newest log line per address; addresses without one are absent.</summary>
    public async Task<IReadOnlyDictionary<string, LoginLogLine>> LookupAsync(IReadOnlyCollection<string> ips, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, LoginLogLine>(StringComparer.Ordinal);
        if (ips.Count == 0)
        {
            return found;
        }
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        foreach (var source in sources)
        {
            if (found.Count == ips.Count || budget.IsCancellationRequested)
            {
                break;
            }
            IReadOnlyList<string> lines;
            try
            {
                lines = await source.RecentLinesAsync(budget.Token).WaitAsync(Budget, time, budget.Token);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Enrichment is a nicety: the alert goes out without it.
                Log.LogSourceFailed(logger, exception.Message);
                continue;
            }
            foreach (var line in lines.Select(LoginLogLineParser.Parse).OfType<LoginLogLine>())
            {
                if (ips.Contains(line.Ip))
                {
                    found[line.Ip] = line;
                }
            }
        }
        return found;
    }
}
