using Gatehouse.Logins;
using Gatehouse.Logins.Alerting;
using Gatehouse.Logins.Enrichment;
using Gatehouse.Logins.Pipeline;
using Gatehouse.Logins.Recording;
using Gatehouse.Options;

namespace Gatehouse.Tests.Logins;

public sealed class LoginPipelineTests : IDisposable
{
    private static readonly DateTimeOffset T0 = PipelineHarness.Start;
    private readonly string _data = Directory.CreateTempSubdirectory("gatehouse-pipeline-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task OneAttempt_RecordedNotifiedThenDismissed_InThatOrder()
    {
        await using var harness = new PipelineHarness(_data);
        harness.LogLines.Lines.Add("Login attempt or request with invalid authentication from host.example (203.0.113.5). Requested URL: '/auth/login_flow/1'. (curl/8.5)");

        await harness.ShowAsync(PipelineHarness.Login("203.0.113.5", T0));

        Assert.Equal(["notify: Failed login to Home Assistant", "dismiss: http-login"], harness.Calls);
        var sent = Assert.Single(harness.Notify.Sent);
        Assert.Contains("203.0.113.5 (host.example)", sent.Message, StringComparison.Ordinal);
        Assert.Contains("A wrong password (or MFA code) on the login page, URL /auth/login_flow/1, client \"curl/8.5\".", sent.Message, StringComparison.Ordinal);
        var (attempts, figures) = Assert.Single(harness.Entities.Told);
        Assert.Equal(LoginAttemptKind.Password, Assert.Single(attempts).Kind);
        Assert.Equal(1, figures.Total);
        Assert.Single(File.ReadAllLines(Path.Combine(_data, "attempts.jsonl")), l => l.Contains("\"line\":\"alerted\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LogLookupUnanswered_AttemptOnDiskMeanwhile_AlertCarriesWhatItFound()
    {
        await using var harness = new PipelineHarness(_data);
        harness.LogLines.Lines.Add("Login attempt or request with invalid authentication from host.example (203.0.113.5). Requested URL: '/auth/login_flow/1'. (curl/8.5)");
        harness.LogLines.Answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var written = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(_data, "attempts.jsonl") { EnableRaisingEvents = true };
        watcher.Created += (_, _) => written.Release();
        watcher.Changed += (_, _) => written.Release();

        harness.Pipeline.Post(new Gatehouse.Logins.Pipeline.PipelineInput.NoticesShown([PipelineHarness.Login("203.0.113.5", T0)]));

        // The lookup is a round trip to HA: the attempt is written and flushed while it is out.
        var path = Path.Combine(_data, "attempts.jsonl");
        while (!File.Exists(path) || !File.ReadAllText(path).Contains("\"line\":\"attempt\"", StringComparison.Ordinal))
        {
            Assert.True(await written.WaitAsync(TestSettings.Timeout), "the attempt was not written while the log lookup was out");
        }
        Assert.Empty(harness.Calls);

        harness.LogLines.Answer.SetResult();
        await harness.Pipeline.DrainAsync().WaitAsync(TestSettings.Timeout);

        Assert.Contains("URL /auth/login_flow/1", Assert.Single(harness.Notify.Sent).Message, StringComparison.Ordinal);
        Assert.Equal(LoginAttemptKind.Password, Assert.Single(Assert.Single(harness.Entities.Told).Attempts).Kind);
        await using var restarted = new PipelineHarness(_data);
        Assert.Equal("/auth/login_flow/1", restarted.Log.Current.LastAttempt!.Url);
    }

    [Fact]
    public async Task NotifyFails_NoDismiss_RetriedWithBackoff_ThenDismissed()
    {
        await using var harness = new PipelineHarness(_data);
        harness.Notify.Fails = true;

        await harness.ShowAsync(PipelineHarness.Login("203.0.113.5", T0));
        await harness.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["notify failed: Failed login to Home Assistant", "notify failed: Failed login to Home Assistant"], harness.Calls);
        await harness.AdvanceAsync(TimeSpan.FromSeconds(9));
        Assert.Equal(2, harness.Calls.Length);

        harness.Notify.Fails = false;
        await harness.AdvanceAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(["notify failed: Failed login to Home Assistant", "notify failed: Failed login to Home Assistant", "notify: Failed login to Home Assistant", "dismiss: http-login"], harness.Calls);
    }

    [Fact]
    public async Task NotifyNotYetAnswered_NextNoticeAlertedWithoutWaiting_DismissedOnceAnswered()
    {
        await using var harness = new PipelineHarness(_data);
        harness.Notify.Answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        harness.Pipeline.Post(new Gatehouse.Logins.Pipeline.PipelineInput.NoticesShown([PipelineHarness.Login("203.0.113.5", T0)]));
        harness.Pipeline.Post(new Gatehouse.Logins.Pipeline.PipelineInput.NoticesShown([PipelineHarness.Login("198.51.100.6", T0.AddSeconds(1))]));
        await harness.Notify.WaitForCallsAsync(2);

        // The second alert went out while HA had not answered the first; nothing is dismissed before an answer.
        Assert.DoesNotContain(harness.Calls, c => c.StartsWith("dismiss", StringComparison.Ordinal));
        Assert.Equal(2, harness.Log.Unalerted().Count);

        harness.Notify.Answer.SetResult(true);
        await harness.Pipeline.DrainAsync().WaitAsync(TestSettings.Timeout);

        // Only the newest attempt's notice is still shown under http-login: it is dismissed, once.
        Assert.Equal(["notify: Failed login to Home Assistant", "notify: Failed login to Home Assistant", "dismiss: http-login"], harness.Calls);
        Assert.Empty(harness.Log.Unalerted());
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task LoopBusyWithAFullInbox_NoticesWaitForRoom_ThenAllAreHandled()
    {
        await using var harness = new PipelineHarness(_data);
        harness.Entities.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Pipeline.Post(new PipelineInput.NoticesShown([PipelineHarness.Login("203.0.113.5", T0)]));
        Assert.True(await harness.Entities.Called.WaitAsync(TestSettings.Timeout));
        for (var i = 0; i < PipelineInbox.Capacity; i++)
        {
            harness.Pipeline.Post(new PipelineInput.NoticeRemoved("some-other-notice", Key: null));
        }

        // A storm's next notice waits (so the watcher stops reading HA's events) instead of queueing without end.
        var showing = harness.Pipeline.ShowAsync(new PipelineInput.NoticesShown([PipelineHarness.Login("198.51.100.8", T0.AddSeconds(1))]), CancellationToken.None);
        Assert.False(showing.IsCompleted);
        harness.Entities.Hold.SetResult();
        await showing.WaitAsync(TestSettings.Timeout);
        await harness.Pipeline.DrainAsync().WaitAsync(TestSettings.Timeout);

        Assert.Equal(["203.0.113.5", "198.51.100.8"], harness.Entities.Told.SelectMany(t => t.Attempts).Select(a => a.Ip));
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task StormFillsTheInboxWhileHasLogIsAsked_LookupGivenUp_TheStormIsHandledWithoutTheAnswer()
    {
        await using var harness = new PipelineHarness(_data);
        // HA has the lookup but its answer is behind the storm on the socket: it cannot come while the loop waits for it.
        harness.LogLines.Answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Pipeline.Post(new PipelineInput.NoticesShown([PipelineHarness.Login("203.0.113.5", T0)]));
        Assert.True(SpinWait.SpinUntil(() => harness.LogLines.Asked == 1, TestSettings.Timeout), "HA's log was not asked");

        var storm = Enumerable.Range(0, PipelineInbox.Capacity + 1)
            .Select(i => harness.Pipeline.ShowAsync(new PipelineInput.NoticesShown([PipelineHarness.Login($"198.51.{100 + (i / 200)}.{i % 200}", T0.AddSeconds(1 + i))]), CancellationToken.None))
            .ToList();

        // The notice that found the inbox full got in: the loop gave the lookup up and went on without the answer,
        // long before the lookup's own time limit would have ended it.
        await Task.WhenAll(storm).WaitAsync(AttemptEnricher.Budget / 2);
        harness.LogLines.Answer.SetResult();
        await harness.Pipeline.DrainAsync().WaitAsync(TestSettings.Timeout);
        Assert.Equal(PipelineInbox.Capacity + 2, harness.Entities.Told.Sum(t => t.Attempts.Count));
        Assert.Equal(PipelineInbox.Capacity + 2, harness.Log.Since(T0).Count);
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task AlertAnsweredInTheSameBatchAsTheNextNotice_OnlyTheNextNoticesOwnAlertDismissesIt()
    {
        await using var harness = new PipelineHarness(_data);
        harness.Notify.Answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Pipeline.Post(new PipelineInput.NoticesShown([PipelineHarness.Login("203.0.113.5", T0)]));
        await harness.Notify.WaitForCallsAsync(1);
        Assert.True(await harness.Entities.Called.WaitAsync(TestSettings.Timeout));

        // The loop is busy with a ban while HA answers the first alert and shows the next attempt under the same id.
        harness.Entities.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Pipeline.Post(new PipelineInput.NoticesShown([PipelineHarness.Ban("198.51.100.9", T0.AddSeconds(1))]));
        Assert.True(await harness.Entities.Called.WaitAsync(TestSettings.Timeout));
        harness.Pipeline.Post(new PipelineInput.NoticesShown([PipelineHarness.Login("198.51.100.77", T0.AddSeconds(2))]));
        harness.Notify.Answer.SetResult(true);
        Assert.True(SpinWait.SpinUntil(() => harness.Pipeline.Waiting == 2, TestSettings.Timeout), "the answer and the notice did not queue up together");
        harness.Entities.Hold.SetResult();
        await harness.Pipeline.DrainAsync().WaitAsync(TestSettings.Timeout);

        // http-login now shows 198.51.100.77: it is dismissed once, after its own alert, never on the first one's.
        var calls = harness.Calls.ToList();
        var dismiss = Assert.Single(calls, c => c == "dismiss: http-login");
        Assert.True(calls.IndexOf(dismiss) > calls.FindLastIndex(c => c == "notify: Failed login to Home Assistant"), string.Join(" / ", calls));
        Assert.Contains(harness.Notify.Sent, m => m.Message.Contains("198.51.100.77", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task HaRemovesANoticeWhoseAlertIsPending_AttemptStaysPending_AlertStillGoesOut()
    {
        await using var harness = new PipelineHarness(_data);
        harness.Notify.Fails = true;
        var first = PipelineHarness.Login("203.0.113.5", T0);
        await harness.ShowAsync(first);

        // Someone (or a dismiss that raced HA) removed the notice before its alert went out.
        harness.Pipeline.Post(new PipelineInput.NoticeRemoved(first.NotificationId, first.Key));
        await harness.Pipeline.DrainAsync().WaitAsync(TestSettings.Timeout);
        Assert.Single(harness.Log.Unalerted());

        harness.Notify.Fails = false;
        await harness.AdvanceAsync(AlertDelivery.FirstRetry);

        // The alert goes out; the notice is gone already, so nothing is dismissed.
        Assert.Equal(["notify failed: Failed login to Home Assistant", "notify: Failed login to Home Assistant"], harness.Calls);
        Assert.Empty(harness.Log.Unalerted());
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task RemovalOfAnOlderAttempt_LeavesTheNewerNoticeShown_ItIsDismissedAfterItsAlert()
    {
        await using var harness = new PipelineHarness(_data, new GatehouseOptions { NotifyServices = ["notify.phone"], DismissNotice = true });
        harness.Notify.Answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var older = PipelineHarness.Login("203.0.113.5", T0);
        var newer = PipelineHarness.Login("198.51.100.6", T0.AddSeconds(1));
        harness.Pipeline.Post(new PipelineInput.NoticesShown([older]));
        harness.Pipeline.Post(new PipelineInput.NoticesShown([newer]));
        await harness.Notify.WaitForCallsAsync(2);

        // A late removed event names the older attempt: the newer one HA shows now is not forgotten.
        harness.Pipeline.Post(new PipelineInput.NoticeRemoved(older.NotificationId, older.Key));
        harness.Notify.Answer.SetResult(true);
        await harness.Pipeline.DrainAsync().WaitAsync(TestSettings.Timeout);

        Assert.Equal("dismiss: http-login", Assert.Single(harness.Calls, c => c.StartsWith("dismiss", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task StopWhileAnAlertIsUnanswered_AnswerWithinTheGrace_MarkedAsAlerted()
    {
        var harness = new PipelineHarness(_data);
        harness.Notify.Answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Pipeline.Post(new Gatehouse.Logins.Pipeline.PipelineInput.NoticesShown([PipelineHarness.Login("203.0.113.5", T0)]));
        await harness.Notify.WaitForCallsAsync(1);

        var stopped = harness.StopAsync();
        harness.Notify.Answer.SetResult(true);
        await stopped.WaitAsync(TestSettings.Timeout);
        await harness.DisposeAsync();

        // Marked on disk: a restart finds nothing left to alert.
        await using var restarted = new PipelineHarness(_data);
        Assert.Empty(restarted.Log.Unalerted());
    }

    [Fact]
    public async Task NoTargets_RecordedAndPublished_NeverDismissed()
    {
        await using var harness = new PipelineHarness(_data, hasTargets: false);

        await harness.ShowAsync(PipelineHarness.Login("203.0.113.5", T0));

        Assert.Empty(harness.Calls);
        Assert.Single(Assert.Single(harness.Entities.Told).Attempts);
        Assert.Equal(1, harness.Log.Current.Total);
    }

    [Fact]
    public async Task DiskRefusesTheRecord_AlertStillGoes_NoticeStays()
    {
        await using var harness = new PipelineHarness(_data);
        File.CreateSymbolicLink(Path.Combine(_data, "attempts.jsonl"), "/dev/full");

        await harness.ShowAsync(PipelineHarness.Login("203.0.113.5", T0));

        Assert.Equal(["notify: Failed login to Home Assistant"], harness.Calls);
        Assert.Equal(1, harness.Log.Current.Total);
    }

    [Fact]
    public async Task DismissNoticeOff_AlertsButLeavesTheNotice()
    {
        await using var harness = new PipelineHarness(_data, new GatehouseOptions { NotifyServices = ["notify.phone"], DismissNotice = false });

        await harness.ShowAsync(PipelineHarness.Login("203.0.113.5", T0));

        Assert.Equal(["notify: Failed login to Home Assistant"], harness.Calls);
    }

    [Fact]
    public async Task SameNoticeShownAgain_AfterAReconnect_IsNotAlertedTwice()
    {
        await using var harness = new PipelineHarness(_data);
        var notice = PipelineHarness.Login("203.0.113.5", T0);

        await harness.ShowAsync(notice);
        await harness.ShowAsync(notice);

        Assert.Equal(["notify: Failed login to Home Assistant", "dismiss: http-login", "dismiss: http-login"], harness.Calls);
        Assert.Equal(1, harness.Log.Current.Total);
    }

    [Fact]
    public async Task NoticeSeenAgainWhileItsDismissIsOut_DismissedOnce()
    {
        await using var harness = new PipelineHarness(_data);
        harness.Dismisser.Answer = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var notice = PipelineHarness.Login("203.0.113.5", T0);

        harness.Pipeline.Post(new Gatehouse.Logins.Pipeline.PipelineInput.NoticesShown([notice]));
        await harness.Dismisser.Called.Task.WaitAsync(TestSettings.Timeout);
        // A backlog read answered just before the dismiss landed (HA before 2023.6 re-reads the entities) shows it again.
        harness.Pipeline.Post(new Gatehouse.Logins.Pipeline.PipelineInput.NoticesShown([notice]));
        harness.Dismisser.Answer.SetResult(true);
        await harness.Pipeline.DrainAsync().WaitAsync(TestSettings.Timeout);

        Assert.Equal(["notify: Failed login to Home Assistant", "dismiss: http-login"], harness.Calls);
    }

    [Fact]
    public async Task SameIdRecreated_IsANewAttempt()
    {
        await using var harness = new PipelineHarness(_data, new GatehouseOptions { NotifyServices = ["notify.phone"], AlertCooldown = TimeSpan.Zero });

        await harness.ShowAsync(PipelineHarness.Login("203.0.113.5", T0));
        await harness.ShowAsync(PipelineHarness.Login("203.0.113.5", T0.AddSeconds(1)));

        Assert.Equal(2, harness.Notify.Sent.Count);
        Assert.Contains("2 failed logins from this address", harness.Notify.Sent[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storm_1000AttemptsFrom5Networks_FiveAlertsThenSummaries_AllRecorded()
    {
        await using var harness = new PipelineHarness(_data);
        var notices = Enumerable.Range(0, 1000).Select(i => PipelineHarness.Login($"198.51.{100 + i % 5}.7", T0.AddMilliseconds(i))).ToArray();

        foreach (var chunk in notices.Chunk(37))
        {
            harness.Pipeline.Post(new PipelineInput.NoticesShown(chunk));
        }
        await harness.ShowAsync();

        Assert.Equal(5, harness.Notify.Sent.Count);
        Assert.Equal(1000, harness.Log.Current.Total);
        // Told in order, batch by batch, each time with the figures after the batch's last attempt.
        Assert.Equal(notices.Select(n => n.CreatedAt), harness.Entities.Told.SelectMany(t => t.Attempts).Select(a => a.Time));
        var toldSoFar = 0;
        Assert.All(harness.Entities.Told, told => Assert.Equal(toldSoFar += told.Attempts.Count, told.Figures.Total));

        await harness.AdvanceAsync(harness.Options.AlertCooldown);

        Assert.Equal(10, harness.Notify.Sent.Count);
        Assert.All(harness.Notify.Sent.Skip(5), m => Assert.StartsWith("199 more failed logins from 198.51.1", m.Message, StringComparison.Ordinal));
        Assert.Empty(harness.Log.Unalerted());
        // The last attempt's notice is dismissed once its summary went out.
        Assert.Equal("dismiss: http-login", harness.Calls[^1]);
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task Storm_2000AddressesOfOneSlash64In10s_OneAlertInTheFirstMinute_OneSummaryCountsTheRest()
    {
        await using var harness = new PipelineHarness(_data);
        var notices = Enumerable.Range(0, 2000).Select(i => PipelineHarness.Login($"2001:db8:1:2::{i:x}", T0.AddMilliseconds(5 * i))).ToArray();

        foreach (var chunk in notices.Chunk(50))
        {
            harness.Pipeline.Post(new PipelineInput.NoticesShown(chunk));
        }
        await harness.ShowAsync();
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Single(harness.Notify.Sent);

        await harness.AdvanceAsync(harness.Options.AlertCooldown);

        Assert.Equal(2, harness.Notify.Sent.Count);
        Assert.StartsWith("1,999 more failed logins from 2001:db8:1:2::/64 from 12:00:00 to 12:00:09", harness.Notify.Sent[1].Message, StringComparison.Ordinal);
        Assert.Equal(2000, harness.Log.Current.Total);
        Assert.Empty(harness.Log.Unalerted());
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task Botnet_2000Networks_AtMostTenAMinute_TheRestInOneDigest()
    {
        await using var harness = new PipelineHarness(_data);
        var notices = Enumerable.Range(0, 2000).Select(i => PipelineHarness.Login($"198.{18 + i / 256}.{i % 256}.9", T0.AddMilliseconds(5 * i))).ToArray();

        foreach (var chunk in notices.Chunk(50))
        {
            harness.Pipeline.Post(new PipelineInput.NoticesShown(chunk));
        }
        await harness.ShowAsync();
        await harness.AdvanceAsync(TimeSpan.FromSeconds(59));
        Assert.Equal(SendBudget.Limit - SendBudget.ReservedForBans, harness.Notify.Sent.Count);

        await harness.AdvanceAsync(TimeSpan.FromSeconds(1));

        var digest = Assert.Single(harness.Notify.Sent, m => m.Title == "Many failed logins to Home Assistant");
        Assert.StartsWith("1,993 failed logins from 1,993 addresses, from 12:00:00 to 12:00:09 on 28 Nov UTC.\nBusiest networks: ", digest.Message, StringComparison.Ordinal);
        await harness.AdvanceAsync(harness.Options.AlertCooldown);
        Assert.True(harness.Notify.MostInAMinute <= SendBudget.Limit);
        Assert.Empty(harness.Log.Unalerted());
    }

    [Fact]
    [Trait("Issue", "16")]
    public async Task AlertedAlone_OrFoldedByTheBudgetOrTheCooldown_EachRecordedAsSuch()
    {
        await using var harness = new PipelineHarness(_data);
        var networks = Enumerable.Range(0, 10).Select(i => PipelineHarness.Login($"198.18.{i}.9", T0.AddMilliseconds(i))).ToArray();
        var repeat = PipelineHarness.Login("198.18.0.10", T0.AddSeconds(1));

        await harness.ShowAsync([.. networks, repeat]);

        var alone = networks.Take(SendBudget.Limit - SendBudget.ReservedForBans).ToArray();
        var overBudget = networks.Skip(alone.Length).ToArray();
        Assert.All(alone, n => Assert.Equal(AttemptState.Alerted, harness.Log.StateOf(n.Key)));
        // Held for the digest, not yet delivered: the panel says "waiting".
        Assert.All(overBudget.Append(repeat), n => Assert.Equal(AttemptState.Recorded, harness.Log.StateOf(n.Key)));

        await harness.AdvanceAsync(AlertDigest.Gather);
        await harness.AdvanceAsync(harness.Options.AlertCooldown);

        Assert.All(overBudget, n => Assert.Equal(AttemptState.Folded, harness.Log.StateOf(n.Key)));
        Assert.Equal(AttemptState.Folded, harness.Log.StateOf(repeat.Key));
        Assert.All(alone, n => Assert.Equal(AttemptState.Alerted, harness.Log.StateOf(n.Key)));
        Assert.Empty(harness.Log.Unalerted());
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task Ban_InAStormThatSpentTheAttemptsBudget_StillAlertsAtOnce()
    {
        await using var harness = new PipelineHarness(_data);
        await harness.ShowAsync([.. Enumerable.Range(0, 20).Select(i => PipelineHarness.Login($"198.18.{i}.9", T0.AddMilliseconds(i)))]);

        await harness.ShowAsync(PipelineHarness.Ban("198.18.3.9", T0.AddSeconds(1)));

        Assert.Equal(8, harness.Notify.Sent.Count);
        Assert.Equal("Home Assistant banned 198.18.3.9", harness.Notify.Sent[^1].Title);
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task LeftoversOfManyAddresses_AfterTheRestart_OneDigest()
    {
        await using (var before = new PipelineHarness(_data, hasTargets: false))
        {
            await before.ShowAsync([.. Enumerable.Range(0, 50).Select(i => PipelineHarness.Login($"198.18.{i}.9", T0.AddSeconds(i)))]);
        }

        await using var after = new PipelineHarness(_data);
        await after.ShowAsync();

        var digest = Assert.Single(after.Notify.Sent);
        Assert.Equal("Failed logins while alerts could not go out", digest.Title);
        Assert.StartsWith("50 failed logins from 50 addresses, from 12:00:00 to 12:00:49 on 28 Nov UTC.", digest.Message, StringComparison.Ordinal);
        Assert.Empty(after.Log.Unalerted());
        Assert.All(after.Log.Since(T0), a => Assert.Equal(AttemptState.Folded, a.State));
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task FailedSendsToOneTarget_RetriedAsOneMessage()
    {
        await using var harness = new PipelineHarness(_data);
        harness.Notify.Fails = true;
        await harness.ShowAsync(PipelineHarness.Login("198.18.1.9", T0), PipelineHarness.Login("198.18.2.9", T0), PipelineHarness.Login("198.18.3.9", T0));
        harness.Notify.Fails = false;

        await harness.AdvanceAsync(AlertDelivery.FirstRetry);

        var retried = Assert.Single(harness.Notify.Sent);
        Assert.Equal("Delayed alerts from Gatehouse", retried.Title);
        Assert.Equal(4, retried.Message.Split('\n').Length);
        Assert.Empty(harness.Log.Unalerted());
        // Each had an alert of its own, late: retried together is not folded.
        Assert.All(harness.Log.Since(T0), a => Assert.Equal(AttemptState.Alerted, a.State));
        Assert.Equal("dismiss: http-login", Assert.Single(harness.Calls, c => c.StartsWith("dismiss", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Ban_AlertsAtOnce_EvenInsideTheCooldown()
    {
        await using var harness = new PipelineHarness(_data);

        await harness.ShowAsync(PipelineHarness.Login("203.0.113.5", T0), PipelineHarness.Ban("203.0.113.5", T0.AddSeconds(1)));

        // Both alerts go out without waiting for each other, the ban first; each notice is dismissed after its own alert.
        var calls = harness.Calls.ToList();
        Assert.Equal(["notify: Home Assistant banned 203.0.113.5", "notify: Failed login to Home Assistant"], calls.Where(c => c.StartsWith("notify", StringComparison.Ordinal)));
        Assert.Equal(4, calls.Count);
        Assert.True(calls.IndexOf("notify: Failed login to Home Assistant") < calls.IndexOf("dismiss: http-login"));
        Assert.True(calls.IndexOf("notify: Home Assistant banned 203.0.113.5") < calls.IndexOf("dismiss: ip-ban"));
        Assert.Equal(["203.0.113.5"], harness.Log.Current.BannedIps);
    }

    [Fact]
    public async Task RestartMidStorm_NothingLost_NothingAlertedTwice()
    {
        var notices = Enumerable.Range(0, 50).Select(i => PipelineHarness.Login($"198.51.{100 + i % 5}.1", T0.AddSeconds(i))).ToArray();
        await using (var before = new PipelineHarness(_data))
        {
            await before.ShowAsync(notices[..30]);
            Assert.Equal(5, before.Notify.Sent.Count);
        }

        await using var after = new PipelineHarness(_data);
        await after.ShowAsync(notices[29..]); // the backlog repeats the last notice seen before the stop
        await after.AdvanceAsync(after.Options.AlertCooldown);

        Assert.Equal(50, after.Log.Current.Total);
        Assert.Empty(after.Log.Unalerted());
        // The 25 folded before the stop go out as one digest; the 20 new ones as 5 alerts and 5 summaries of 3.
        Assert.StartsWith("25 failed logins from 5 addresses", after.Notify.Sent[0].Message, StringComparison.Ordinal);
        Assert.Equal(5, after.Notify.Sent.Count(m => m.Title == "Failed login to Home Assistant"));
        Assert.Equal(5, after.Notify.Sent.Count(m => m.Message.StartsWith("3 more failed logins", StringComparison.Ordinal)));
        Assert.Equal(11, after.Notify.Sent.Count);
    }

    [Fact]
    public async Task ReadableNotice_RecordedWithoutItsTextTwice_TheKeyHoldsIt()
    {
        await using var harness = new PipelineHarness(_data);
        var notice = PipelineHarness.Login("203.0.113.5", T0);

        await harness.ShowAsync(notice);

        Assert.Null(harness.Log.Current.LastAttempt!.RawMessage);
        var line = Assert.Single(File.ReadAllLines(Path.Combine(_data, "attempts.jsonl")), l => l.Contains("\"line\":\"attempt\"", StringComparison.Ordinal));
        Assert.DoesNotContain("raw_message", line, StringComparison.Ordinal);
        Assert.Equal(notice.Key, Gatehouse.Logins.Recording.AttemptLogJson.Read(line)!.Key);
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task HostileNotice_RecordedAndAlertedEscaped_CutToABoundThatSaysSo()
    {
        await using var harness = new PipelineHarness(_data);
        var hostile = new Gatehouse.Logins.Notices.LoginNotice("http-login", null, "<script>x</script>\u0000\u001b" + new string('A', 100_000), T0);

        await harness.ShowAsync(hostile);

        var sent = Assert.Single(harness.Notify.Sent);
        Assert.DoesNotContain("<script>", sent.Message, StringComparison.Ordinal);
        Assert.Contains("‹script›x‹/script›", sent.Message, StringComparison.Ordinal);
        Assert.True(sent.Message.Length < 2_000, $"alert of {sent.Message.Length} characters");
        var kept = harness.Log.Current.LastAttempt!.RawMessage!;
        Assert.StartsWith("<script>x</script>", kept, StringComparison.Ordinal);
        Assert.EndsWith("(cut: 100,020 characters in all)", kept, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(_data, "attempts.jsonl")).Length < 2_000);
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task TwoHugeNotices_CostNeitherTheHistoryNorTheMemory()
    {
        await using (var before = new PipelineHarness(_data))
        {
            await before.ShowAsync(PipelineHarness.Login("203.0.113.5", T0));
            var huge = new string('x', 16 * 1024 * 1024);
            await before.ShowAsync(
                new Gatehouse.Logins.Notices.LoginNotice("http-login", huge, huge, T0.AddSeconds(1)),
                new Gatehouse.Logins.Notices.LoginNotice("http-login", huge, huge + "y", T0.AddSeconds(1)));
            Assert.Equal(3, before.Log.Current.Total);
        }

        await using var after = new PipelineHarness(_data);

        Assert.Equal(3, after.Log.Current.Total);
        Assert.Empty(Directory.GetFiles(_data, "attempts.jsonl.corrupt-*"));
        Assert.True(new FileInfo(Path.Combine(_data, "attempts.jsonl")).Length < 4_000);
    }

    [Fact]
    [Trait("Issue", "14")]
    public void NoticeKey_IsBoundedAndTellsTextsApart()
    {
        var huge = new string('x', 1_000_000);
        var one = new Gatehouse.Logins.Notices.LoginNotice("http-login", huge, huge, T0);
        var other = new Gatehouse.Logins.Notices.LoginNotice("http-login", null, huge + "y", T0);

        Assert.True(one.Key.Length < 100, one.Key);
        Assert.NotEqual(one.Key, other.Key);
        Assert.Equal(one.Key, new Gatehouse.Logins.Notices.LoginNotice("http-login", null, huge, T0).Key);
        Assert.True(one.Message.Length < 5_000 && one.Title!.Length < 500);
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task LogWrittenWithWholeTextKeys_StillShownNotice_NotAlertedAgain()
    {
        var notice = PipelineHarness.Login("203.0.113.5", T0);
        var oldKey = $"{notice.Id}|{notice.CreatedAt.UtcDateTime:O}|{notice.Message}";
        await File.WriteAllLinesAsync(Path.Combine(_data, "attempts.jsonl"), [
            "{\"line\":\"attempt\",\"key\":" + Newtonsoft.Json.JsonConvert.ToString(oldKey) + ",\"attempt\":{\"type\":\"failed_login\",\"time\":\"2026-11-28T12:00:00+00:00\",\"ip\":\"203.0.113.5\",\"kind\":\"unknown\"}}",
            "{\"line\":\"alerted\",\"key\":" + Newtonsoft.Json.JsonConvert.ToString(oldKey) + "}",
        ]);
        await using var harness = new PipelineHarness(_data);

        await harness.ShowAsync(notice);

        Assert.Equal(["dismiss: http-login"], harness.Calls);
        Assert.Equal(1, harness.Log.Current.Total);
    }
}
