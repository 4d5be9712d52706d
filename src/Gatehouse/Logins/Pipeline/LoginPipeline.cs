using System.Threading.Channels;
using Gatehouse.Logins.Alerting;
using Gatehouse.Logins.Enrichment;
using Gatehouse.Logins.Notices;
using Gatehouse.Logins.Recording;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins.Pipeline;

/// <summary>
/// The heart of Gatehouse (DESIGN.md §4): every notice HA shows is parsed, enriched, recorded on disk, told to
/// the entities, alerted, and its notice dismissed only once an alert went out. Alerts are limited (DOCS.md, "How
/// alerts are limited"): the first attempt from a network at once, repeats folded by its cooldown, and at most
/// <see cref="SendBudget.Limit"/> notifications a minute, bans first; what gets no slot goes into one digest.
/// One loop handles everything in order; notices that arrive together are recorded with one disk flush.
/// </summary>
internal sealed class LoginPipeline(
    AttemptLog log,
    AttemptEnricher enricher,
    AlertComposer composer,
    AlertCooldown cooldown,
    SendBudget budget,
    AlertDigest digest,
    KnownNetworks knownNetworks,
    KnownNetworkQuiet knownNetworkQuiet,
    AlertDelivery delivery,
    ShownNotices shown,
    IEnumerable<ILoginActivityListener> listeners,
    TimeProvider time,
    ILogger<LoginPipeline> logger)
{
    /// <summary>Inside the host's shutdown timeout, so a stop never hangs on a slow HA.</summary>
    public static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(3);

    private const int MaxBatch = PipelineInbox.Capacity;
    private static readonly Dictionary<string, LoginLogLine> NoLogLines = [];
    private readonly PipelineInbox _inbox = new();

    /// <summary>Inputs posted and not yet taken up (a storm's backlog; lets a test line up a batch).</summary>
    public int Waiting => _inbox.Waiting;

    /// <summary>Hands the pipeline something to do; never blocks.</summary>
    public void Post(PipelineInput input) => _inbox.Post(input);

    /// <summary>
    /// Hands the pipeline what HA shows or removed, once it has room (<see cref="PipelineInbox.Capacity"/> waiting):
    /// the watcher then stops reading HA's events, and HA's client stops reading the socket (back-pressure, nothing lost).
    /// </summary>
    public Task ShowAsync(PipelineInput input, CancellationToken cancellationToken) => _inbox.PostWhenRoomAsync(input, cancellationToken);

    /// <summary>Completes once everything posted so far has been handled, and the sends and dismisses it set off are back.</summary>
    public Task DrainAsync()
    {
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(new PipelineInput.Barrier(handled));
        return handled.Task;
    }

    /// <summary>
    /// Runs until <paramref name="stoppingToken"/> fires. A stop lets the batch in hand finish and the alerts already
    /// sent come back (within <see cref="DrainGrace"/>), so an alert that went out is also marked as sent and not
    /// repeated after a restart.
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var work = new CancellationTokenSource();
        using var stopping = stoppingToken.Register(() => work.CancelAfter(DrainGrace));
        SendLeftovers(work.Token);
        using var timer = time.CreateTimer(_ => Post(new PipelineInput.TimerDue()), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var reader = _inbox.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                try
                {
                    await HandleAvailableAsync(reader, work.Token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A bug must not end the watch for good: the next notice is handled as usual.
                    Log.BatchFailed(logger, exception);
                }
                Reschedule(timer);
            }
        }
        finally
        {
            await SettleInFlightAsync(reader, work.Token);
        }
    }

    private async Task HandleAvailableAsync(ChannelReader<PipelineInput> reader, CancellationToken cancellationToken)
    {
        var notices = new List<(LoginNotice Notice, AlertCover Cover)>();
        var barriers = new List<TaskCompletionSource>();
        var settled = new List<PipelineInput.AlertSettled>();
        while (notices.Count < MaxBatch && reader.TryRead(out var next))
        {
            if (TakeResult(next, settled))
            {
                continue;
            }
            switch (next)
            {
                case PipelineInput.NoticesShown shownNow:
                    notices.AddRange(Show(shownNow.Notices));
                    break;
                case PipelineInput.NoticeRemoved removed:
                    CompareRemoval(removed);
                    break;
                case PipelineInput.Barrier barrier:
                    barriers.Add(barrier.Handled);
                    break;
            }
        }
        _inbox.Taken();
        // What HA shows and removed is known for the whole batch before the answers in it dismiss anything: an answer
        // for one attempt never dismisses a newer attempt HA shows under the same id.
        _inbox.Launch(delivery.Settle(settled, cancellationToken));
        await HandleShownAsync(notices, fullBatch: notices.Count == MaxBatch, cancellationToken);
        HandleDue(cancellationToken);
        _inbox.CompleteWhenIdle(barriers);
    }

    /// <summary>
    /// Notes which attempt each notice shows now, in the order HA said so. Each key is built once, here: the attempt
    /// log, the shown notices and the cooldown then share one string per attempt.
    /// </summary>
    private List<(LoginNotice Notice, AlertCover Cover)> Show(IEnumerable<LoginNotice> notices)
    {
        var watched = notices.Where(n => n.EventType is not null).Select(n => (Notice: n, Cover: new AlertCover(n.Key, n.NotificationId))).ToList();
        foreach (var (_, cover) in watched)
        {
            shown.Show(cover);
        }
        return watched;
    }

    /// <summary>
    /// A notice HA removed whose alert has not gone out (someone dismissed it, or a dismiss raced a newer attempt):
    /// the attempt stays pending and its alert still goes out; only it is never dismissed, as it is gone.
    /// </summary>
    private void CompareRemoval(PipelineInput.NoticeRemoved removed)
    {
        if (shown.Remove(removed.NotificationId, removed.Key) is { } key && !log.IsAlerted(key))
        {
            Log.RemovedBeforeAlert(logger, removed.NotificationId);
        }
    }

    /// <summary>Takes a send's or dismiss's result; false for any other input.</summary>
    private bool TakeResult(PipelineInput input, List<PipelineInput.AlertSettled> settled)
    {
        switch (input)
        {
            case PipelineInput.AlertSettled alert:
                settled.Add(alert);
                break;
            case PipelineInput.DismissSettled dismiss:
                delivery.Settle(dismiss);
                break;
            case PipelineInput.OperationFailed failed:
                Log.BatchFailed(logger, failed.Exception);
                break;
            default:
                return false;
        }
        _inbox.Landed();
        return true;
    }

    /// <summary>
    /// After a stop: waits (within the grace) for the sends and dismisses still out, so a delivered alert is marked.
    /// Notices that arrive meanwhile are left: HA shows them again at the next start.
    /// </summary>
    private async Task SettleInFlightAsync(ChannelReader<PipelineInput> reader, CancellationToken cancellationToken)
    {
        try
        {
            while (_inbox.InFlight > 0 && await reader.WaitToReadAsync(cancellationToken))
            {
                var settled = new List<PipelineInput.AlertSettled>();
                while (reader.TryRead(out var next))
                {
                    TakeResult(next, settled);
                }
                _inbox.Launch(delivery.Settle(settled, cancellationToken));
            }
        }
        catch (OperationCanceledException)
        {
            // The grace is over: what is still out is summarised after the restart.
        }
    }

    /// <summary>Attempts recorded before the last stop whose alert never went out: one digest, sent first.</summary>
    private void SendLeftovers(CancellationToken cancellationToken)
    {
        var leftovers = log.Unalerted();
        if (leftovers.Count == 0)
        {
            return;
        }
        Log.LeftoversFound(logger, leftovers.Count);
        budget.TryTake(time.GetUtcNow(), ban: true);
        var message = composer.ForDigest(leftovers.Select(l => l.Attempt).ToList(), leftovers: true);
        _inbox.Launch(delivery.Send(PendingAlert.Folding(message, Covers(leftovers)), cancellationToken));
    }

    /// <summary>
    /// The notices HA shows, each attempt once: parsed, recorded on disk, enriched from HA's log, told to the
    /// entities, then alerted (DESIGN.md §4). A notice shown again for an attempt already alerted is only dismissed.
    /// </summary>
    private async Task HandleShownAsync(List<(LoginNotice Notice, AlertCover Cover)> watched, bool fullBatch, CancellationToken cancellationToken)
    {
        var fresh = Dedupe(watched);
        DismissAlerted(watched, cancellationToken);
        if (fresh.Count == 0)
        {
            return;
        }
        var parsed = Parse(fresh);
        // The log lookup is a round trip to HA: it runs while the attempts are written and flushed (on disk before
        // any alert, as always), and the details it finds follow them into the log.
        var logLines = LookUpLogLinesAsync(parsed, fullBatch, cancellationToken);
        var recorded = Record(parsed);
        var attempts = Enrich(recorded, await logLines);
        await TellListenersAsync(attempts.ConvertAll(a => a.Attempt), cancellationToken);
        AlertAll(attempts, cancellationToken);
    }

    /// <summary>
    /// A notice HA shows again whose alert already went out (in the backlog after a reconnect or a restart): all that
    /// may be left to do is dismiss it.
    /// </summary>
    private void DismissAlerted(List<(LoginNotice Notice, AlertCover Cover)> watched, CancellationToken cancellationToken) =>
        _inbox.Launch(watched.Where(w => log.IsAlerted(w.Cover.Key)).Select(w => delivery.Dismiss(w.Cover, cancellationToken)));

    /// <summary>The attempts not seen before, each once: a backlog repeats notices, and a batch can hold one twice.</summary>
    private List<(LoginNotice Notice, AlertCover Cover)> Dedupe(List<(LoginNotice Notice, AlertCover Cover)> watched) =>
        watched.Where(w => log.StateOf(w.Cover.Key) == AttemptState.New).DistinctBy(w => w.Cover.Key, StringComparer.Ordinal).ToList();

    /// <summary>Reads address, host and user agent from each notice's text; a notice cut for size is not parsed.</summary>
    private static List<(LoginNotice Notice, AlertCover Cover, ParsedNotice Text)> Parse(List<(LoginNotice Notice, AlertCover Cover)> fresh) =>
        fresh.ConvertAll(f => (f.Notice, f.Cover, f.Notice.IsCut ? ParsedNotice.Unparsed : NoticeTextParser.Parse(f.Notice.Message)));

    /// <summary>
    /// Looks up HA's log lines for the addresses of the failed logins. Given up (the attempts keep what their notices
    /// say) when notices fill the inbox meanwhile: HA's answer comes behind them on the socket, and waiting for it would
    /// make HA's client read the whole storm into memory. Not asked at all for a full batch, the middle of a storm; HA's
    /// log then holds the last five of these lines anyway (system_log folds repeats into one entry).
    /// </summary>
    private async Task<IReadOnlyDictionary<string, LoginLogLine>> LookUpLogLinesAsync(
        List<(LoginNotice Notice, AlertCover Cover, ParsedNotice Text)> parsed, bool fullBatch, CancellationToken cancellationToken)
    {
        var ips = parsed.Where(p => p.Notice.EventType == LoginEventType.FailedLogin && p.Text.Ip is not null).Select(p => p.Text.Ip!).ToHashSet(StringComparer.Ordinal);
        if (fullBatch || ips.Count == 0)
        {
            return NoLogLines;
        }
        using var lookup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _inbox.Crowded);
        try
        {
            return await enricher.LookupAsync(ips, lookup.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.LogLookupGivenUp(logger, ips.Count);
            return NoLogLines;
        }
    }

    /// <summary>Writes the attempts as their notices tell them, before anything else (DESIGN.md §4.4).</summary>
    private List<(AlertCover Cover, LoginAttempt Attempt)> Record(List<(LoginNotice Notice, AlertCover Cover, ParsedNotice Text)> parsed)
    {
        var recorded = parsed.ConvertAll(p => (p.Cover, Attempt: ToAttempt(p.Notice, p.Text, p.Text.Ip is { } ip ? log.KeptAddress(ip) : null)));
        log.Record(recorded.ConvertAll(r => (r.Cover.Key, r.Attempt)));
        return recorded;
    }

    /// <summary>
    /// The attempts with what HA's log adds (URL, user agent, kind), which follows them into the attempt log. An attempt
    /// HA's log says nothing more about stays the very object recorded: in a storm HA's log holds the last few lines
    /// only, and a copy of each of thousands of attempts would be held twice until its alert or digest goes out.
    /// </summary>
    private List<(AlertCover Cover, LoginAttempt Attempt)> Enrich(
        List<(AlertCover Cover, LoginAttempt Attempt)> recorded, IReadOnlyDictionary<string, LoginLogLine> logLines)
    {
        var attempts = recorded.ConvertAll(r => (r.Cover, Attempt: WithLogLine(r.Attempt, logLines)));
        log.Enrich(attempts.ConvertAll(a => (a.Cover.Key, a.Attempt)));
        return attempts;
    }

    /// <summary>Alerts each attempt; bans take the budget's slots first.</summary>
    private void AlertAll(List<(AlertCover Cover, LoginAttempt Attempt)> attempts, CancellationToken cancellationToken)
    {
        foreach (var (cover, attempt) in attempts.OrderBy(a => a.Attempt.Type == LoginEventType.IpBanned ? 0 : 1))
        {
            Alert(cover, attempt, cancellationToken);
        }
    }

    /// <summary>The attempt a notice tells of; <paramref name="ip"/> is its address as the attempt log already keeps it.</summary>
    private static LoginAttempt ToAttempt(LoginNotice notice, ParsedNotice text, string? ip) => new(
        notice.EventType!.Value,
        notice.CreatedAt,
        ip,
        text.Host,
        LoginAttemptKind.Unknown,
        Url: null,
        text.UserAgent,
        text.Ip is null ? NoticeText.Cut(notice.Message, NoticeText.MaxRawLength, notice.MessageLength) : null);

    /// <summary>The attempt with its address's line from HA's log (URL, kind, user agent), or the same attempt when there is none.</summary>
    private static LoginAttempt WithLogLine(LoginAttempt attempt, IReadOnlyDictionary<string, LoginLogLine> logLines) =>
        attempt.Ip is { } ip && logLines.GetValueOrDefault(ip) is { } line
            ? attempt with { Kind = AttemptClassifier.Classify(line.Url), Url = line.Url, UserAgent = line.UserAgent ?? attempt.UserAgent }
            : attempt;

    private async Task TellListenersAsync(IReadOnlyList<LoginAttempt> attempts, CancellationToken cancellationToken)
    {
        var figures = log.Current;
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnAttemptsAsync(attempts, figures, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.ListenerFailed(logger, exception);
            }
        }
    }

    private void Alert(AlertCover cover, LoginAttempt attempt, CancellationToken cancellationToken)
    {
        var ip = attempt.Ip ?? "an unreadable address";
        var now = time.GetUtcNow();
        var ban = attempt.Type == LoginEventType.IpBanned;
        if (!ban && knownNetworks.NetworkOf(attempt) is { } network)
        {
            AlertKnown(cover, attempt, network, now, cancellationToken);
            return;
        }
        if (!ban && !cooldown.Admit(cover.Key, attempt, now))
        {
            Log.AttemptFolded(logger, attempt.Type, ip);
            return;
        }
        if (!budget.TryTake(now, ban))
        {
            digest.Hold(cover.Key, attempt, now);
            Log.AttemptFolded(logger, attempt.Type, ip);
            return;
        }
        Log.AttemptRecorded(logger, attempt.Type, ip);
        var message = ban ? composer.ForBan(attempt) : composer.ForAttempt(attempt, attempt.Ip is null ? 0 : log.FailedFrom(attempt.Ip, now - TimeSpan.FromHours(24)));
        _inbox.Launch(delivery.Send(new PendingAlert(message, [cover]), cancellationToken));
    }

    /// <summary>
    /// A failed login from a known network: quiet (marked as covered, as the daily digest speaks for it, and its
    /// notice dismissed), unless the network reached its threshold or an app's login expired on a device not yet told.
    /// </summary>
    private void AlertKnown(AlertCover cover, LoginAttempt attempt, string network, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (verdict, inLastHour) = knownNetworkQuiet.Admit(network, attempt, now);
        if (verdict == KnownNetworkVerdict.Quiet)
        {
            Log.AttemptQuiet(logger, attempt.Ip!, network);
            log.MarkAlerted([(cover.Key, Folded: true)]);
            _inbox.Launch(delivery.Dismiss(cover, cancellationToken));
            return;
        }
        if (!budget.TryTake(now, ban: false))
        {
            digest.Hold(cover.Key, attempt, now);
            Log.AttemptFolded(logger, attempt.Type, attempt.Ip!);
            return;
        }
        Log.AttemptRecorded(logger, attempt.Type, attempt.Ip!);
        var message = verdict == KnownNetworkVerdict.ThresholdReached ? composer.ForKnownNetwork(network, inLastHour, attempt) : composer.ForExpiredApp(attempt);
        _inbox.Launch(delivery.Send(new PendingAlert(message, [cover]), cancellationToken));
    }

    private void HandleDue(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var folded in cooldown.Close(now))
        {
            if (!budget.TryTake(now, ban: false))
            {
                folded.Attempts.ToList().ForEach(a => digest.Hold(a.Key, a.Attempt, now));
                continue;
            }
            var count = folded.SingleIp is { } ip ? log.FailedFrom(ip, now - TimeSpan.FromHours(24)) : folded.Attempts.Count;
            _inbox.Launch(delivery.Send(PendingAlert.Folding(composer.ForSummary(folded, count), Covers(folded.Attempts)), cancellationToken));
        }
        if (digest.DueAt <= now && budget.TryTake(now, digest.HoldsBans))
        {
            var held = digest.Take();
            var message = composer.ForDigest(held.Select(h => h.Attempt).ToList(), leftovers: false);
            _inbox.Launch(delivery.Send(PendingAlert.Folding(message, Covers(held)), cancellationToken));
        }
        if (delivery.NextRetry <= now && budget.TryTake(now, ban: true))
        {
            _inbox.Launch(delivery.Send(delivery.TakeDue()!, cancellationToken));
        }
    }

    private static List<AlertCover> Covers(IEnumerable<(string Key, LoginAttempt Attempt)> attempts) =>
        attempts.Select(a => new AlertCover(a.Key, LoginNotice.NotificationIdOf(a.Attempt.Type))).ToList();

    private void Reschedule(ITimer timer)
    {
        var now = time.GetUtcNow();
        var next = new[]
        {
            cooldown.NextClose,
            Later(digest.DueAt, budget.NextFree(now, digest.HoldsBans)),
            Later(delivery.NextRetry, budget.NextFree(now, ban: true)),
        }.OfType<DateTimeOffset>().DefaultIfEmpty().Min();
        var delay = next == default ? Timeout.InfiniteTimeSpan : TimeSpan.FromTicks(Math.Max(0, (next - now).Ticks));
        timer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    private static DateTimeOffset? Later(DateTimeOffset? due, DateTimeOffset free) => due is { } at && at < free ? free : due;
}
