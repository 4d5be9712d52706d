using Gatehouse.Checks;
using Gatehouse.Logins.Alerting;
using Gatehouse.Logins.Recording;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Watch.Digest;

/// <summary>
/// Once a day (<see cref="Interval"/> after the last, kept across restarts in <see cref="DigestStateFile"/>) sends
/// what was kept quiet: failed logins from known networks, and the problems fixed since the last summary
/// (recoveries are never pushed). The first start only notes the day and the open problems. A digest that could
/// not be delivered is tried again an hour later, counting from the same day.
/// </summary>
internal sealed class DailyDigest(
    DigestStateFile stateFile,
    LastReportFile lastReport,
    AttemptLog attempts,
    KnownNetworks knownNetworks,
    IAcceptedFindings accepted,
    WatchNotifier notifier,
    TimeProvider time,
    ILogger<DailyDigest> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);
    public static readonly TimeSpan RetryAfter = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var state = stateFile.Read();
        if (state is null)
        {
            state = new DigestState(time.GetUtcNow(), OpenNow() ?? new Dictionary<string, string>());
            stateFile.Write(state);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = state.SentAt + Interval - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            try
            {
                state = await SendAsync(state, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A summary must never end the watch: try again in an hour.
                Log.DigestFailed(logger, exception.Message);
                state = state with { SentAt = state.SentAt + RetryAfter };
            }
        }
    }

    /// <summary>Sends the digest due now; the state to count from next (unchanged, an hour on, when it did not go out).</summary>
    public async Task<DigestState> SendAsync(DigestState state, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var open = OpenNow();
        // Without a check run to compare with, nothing counts as fixed (and the open list is kept for the next day).
        var fixedSince = open is null ? [] : state.Open.Where(o => !open.ContainsKey(o.Key)).Select(o => o.Value).ToList();
        var known = attempts.FailedSince(state.SentAt)
            .Select(a => (Attempt: a, Network: knownNetworks.NetworkOf(a)))
            .Where(k => k.Network is not null)
            .Select(k => (k.Attempt, k.Network!))
            .ToList();
        var next = new DigestState(now, open ?? state.Open);
        if (DigestMessage.Compose(known, fixedSince) is { } message)
        {
            if (!await notifier.SendAsync(message, cancellationToken))
            {
                Log.DigestNotDelivered(logger);
                return state with { SentAt = state.SentAt + RetryAfter };
            }
            Log.DigestSent(logger, known.Count, fixedSince.Count);
        }
        stateFile.Write(next);
        return next;
    }

    /// <summary>The open problems of the last check run, by finding id; null before any run.</summary>
    private Dictionary<string, string>? OpenNow() =>
        lastReport.Read()?.Results.SelectMany(r => ChangeDetector.Open(r, accepted)).DistinctBy(f => f.Id).ToDictionary(f => f.Id, f => f.Text, StringComparer.Ordinal);
}
