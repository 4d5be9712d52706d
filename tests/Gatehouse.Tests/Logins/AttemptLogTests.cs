using Gatehouse.Logins;
using Gatehouse.Logins.Notices;
using Gatehouse.Logins.Recording;
using Gatehouse.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Logins;

public sealed class AttemptLogTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private readonly string _data = Directory.CreateTempSubdirectory("gatehouse-log-").FullName;
    private readonly FakeTimeProvider _time = new(Start);
    private readonly FakeLogger<AttemptLog> _logger = new();

    public void Dispose()
    {
        new DirectoryInfo(_data).Attributes &= ~FileAttributes.ReadOnly;
        Directory.Delete(_data, recursive: true);
    }

    private string LogPath => Path.Combine(_data, AttemptLog.FileName);

    private AttemptLog Open(AttemptLogLimits? limits = null)
    {
        var environment = new GatehouseEnvironment { OptionsFile = "", OptionsFileRequired = false, DataDirectory = _data, HaConfigDirectory = _data };
        var log = new AttemptLog(environment, limits ?? AttemptLogLimits.Default, new IpBansFile(environment), _time, _logger);
        log.Load();
        return log;
    }

    private static LoginAttempt Attempt(DateTimeOffset time, string ip = "203.0.113.5", LoginEventType type = LoginEventType.FailedLogin) =>
        new(type, time, ip, "host.example", LoginAttemptKind.Password, "/auth/login_flow", "curl/8", $"text from {ip}");

    [Fact]
    public void KeptAddress_AnAddressAlreadyKept_ItsStringIsShared_ANewOneIsItself()
    {
        var log = Open();
        var kept = new string("198.51.100.1".AsSpan());
        log.Record([("a", Attempt(Start, kept))]);
        var again = new string("198.51.100.1".AsSpan());
        var other = new string("198.51.100.2".AsSpan());

        Assert.Same(kept, log.KeptAddress(again));
        Assert.Same(other, log.KeptAddress(other));
    }

    [Fact]
    public void Record_ThenReopen_KeepsAttemptsStatesAndFigures()
    {
        var log = Open();
        log.Record([("a", Attempt(Start)), ("b", Attempt(Start.AddMinutes(1), "198.51.100.1"))]);
        log.MarkAlerted([("a", false)]);

        var reopened = Open();

        Assert.Equal(AttemptState.Alerted, reopened.StateOf("a"));
        Assert.Equal(AttemptState.Recorded, reopened.StateOf("b"));
        Assert.Equal(AttemptState.New, reopened.StateOf("c"));
        var figures = reopened.Current;
        Assert.Equal(2, figures.Last24Hours);
        Assert.Equal(2, figures.Total);
        Assert.Equal("198.51.100.1", figures.LastAttempt!.Ip);
        Assert.Equal(Attempt(Start.AddMinutes(1), "198.51.100.1"), figures.LastAttempt);
    }

    [Fact]
    public void MarkAlerted_AloneOrFolded_KeptAcrossRestartAndRewrite()
    {
        var log = Open();
        log.Record([("alone", Attempt(Start)), ("folded", Attempt(Start.AddSeconds(1), "198.51.100.1")), ("waiting", Attempt(Start.AddSeconds(2)))]);

        log.MarkAlerted([("alone", false), ("folded", true)]);

        Assert.Equal([AttemptState.Alerted, AttemptState.Folded, AttemptState.Recorded], States(log));
        Assert.Equal([true, true, false], new[] { "alone", "folded", "waiting" }.Select(log.IsAlerted));
        // A damaged line makes the next start rewrite the whole file from the states: the fold must survive that too.
        File.AppendAllText(LogPath, "not json\n");
        Assert.Equal([AttemptState.Alerted, AttemptState.Folded, AttemptState.Recorded], States(Open()));
        Assert.Single(File.ReadAllLines(LogPath), l => l.Contains("\"folded\":true", StringComparison.Ordinal));
        Assert.Equal([AttemptState.Alerted, AttemptState.Folded, AttemptState.Recorded], States(Open()));
        Assert.Equal([("waiting", Attempt(Start.AddSeconds(2)))], Open().Unalerted());
    }

    [Fact]
    public void MarkAlerted_Twice_KeepsTheFirstMark()
    {
        var log = Open();
        log.Record([("a", Attempt(Start))]);

        log.MarkAlerted([("a", true), ("a", false)]);
        log.MarkAlerted([("a", false)]);

        Assert.Equal(AttemptState.Folded, Open().StateOf("a"));
        Assert.Equal(2, File.ReadAllLines(LogPath).Length);
    }

    /// <summary>
    /// Lines exactly as the release before folded attempts wrote them (keys spelled out): they read as they always did,
    /// under the keys notices give today, and the file is rewritten once with those.
    /// </summary>
    [Fact]
    public void Load_LogWrittenBeforeFolding_ReadsAlertedAsAlerted()
    {
        const string LoginKey = "http-login|2026-11-28T12:00:00.0000000Z|0123456789abcdef0123456789abcdef";
        const string BanKey = "ip-ban|2026-11-28T11:01:00.0000000Z|fedcba9876543210fedcba9876543210";
        string[] written =
        [
            """{"line":"carry","total":7}""",
            """{"line":"attempt","key":"http-login|2026-11-28T12:00:00.0000000Z|0123456789abcdef0123456789abcdef","attempt":{"type":"failed_login","time":"2026-11-28T12:00:00+00:00","ip":"203.0.113.5","host":"host.example","kind":"password","url":"/auth/login_flow","user_agent":"curl/8"}}""",
            """{"line":"details","key":"http-login|2026-11-28T12:00:00.0000000Z|0123456789abcdef0123456789abcdef","attempt":{"type":"failed_login","time":"2026-11-28T12:00:00+00:00","ip":"203.0.113.5","host":"host.example","kind":"password","url":"/auth/login_flow","user_agent":"curl/8"}}""",
            """{"line":"alerted","key":"http-login|2026-11-28T12:00:00.0000000Z|0123456789abcdef0123456789abcdef"}""",
            """{"line":"attempt","key":"ip-ban|2026-11-28T11:01:00.0000000Z|fedcba9876543210fedcba9876543210","attempt":{"type":"ip_banned","time":"2026-11-28T12:01:00+01:00","ip":"2001:db8::1","kind":"unknown","raw_message":"Login attempt or request with invalid authentication from é\"x\" <b>"}}""",
        ];
        File.WriteAllLines(LogPath, written);

        var log = Open();

        Assert.Equal(AttemptState.Alerted, log.StateOf(LoginNotice.UpgradeKey(LoginKey)));
        Assert.Equal(AttemptState.Recorded, log.StateOf(LoginNotice.UpgradeKey(BanKey)));
        Assert.Equal(8, log.Current.Total);
        Assert.Equal(Attempt(Start) with { RawMessage = null }, log.Current.LastAttempt);
        var ban = Assert.Single(log.Since(Start.AddDays(-1)), a => a.Attempt.Type == LoginEventType.IpBanned).Attempt;
        Assert.Equal(new LoginAttempt(LoginEventType.IpBanned, new DateTimeOffset(2026, 11, 28, 12, 1, 0, TimeSpan.FromHours(1)), "2001:db8::1", null, LoginAttemptKind.Unknown, null, null, "Login attempt or request with invalid authentication from é\"x\" <b>"), ban);
        Assert.Equal(TimeSpan.FromHours(1), ban.Time.Offset);
        Assert.DoesNotContain(_logger.Collector.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        var rewritten = File.ReadAllLines(LogPath);
        Assert.Equal(4, rewritten.Length); // carry, two attempts, one alerted: the details line folded into its attempt
        Assert.DoesNotContain(rewritten, l => l.Contains('|'));
        Assert.Equal(AttemptState.Alerted, Open().StateOf(LoginNotice.UpgradeKey(LoginKey)));
        Assert.Equal(rewritten, File.ReadAllLines(LogPath));
    }

    /// <summary>
    /// A notice still shown when Gatehouse is upgraded is the attempt recorded before: its key today is the old key
    /// upgraded, whether that spelled out the text's fingerprint or (older still) the whole text.
    /// </summary>
    [Fact]
    public void UpgradeKey_KeysOfEarlierReleases_BecomeTheKeyTheSameNoticeGivesToday()
    {
        var notice = new LoginNotice(LoginNotice.LoginId, "Login attempt failed", "Login attempt or request with invalid authentication from 203.0.113.5 (203.0.113.5). See the log for details.", Start);
        var spelledOut = $"http-login|2026-11-28T12:00:00.0000000Z|{NoticeText.Fingerprint(notice.Message)}";
        var wholeText = $"http-login|2026-11-28T12:00:00.0000000Z|{notice.Message}";

        Assert.Equal(notice.Key, LoginNotice.UpgradeKey(spelledOut));
        Assert.Equal(notice.Key, LoginNotice.UpgradeKey(wholeText));
        Assert.Equal(notice.Key, LoginNotice.UpgradeKey(notice.Key));
        Assert.Equal(32, notice.Key.Length);
    }

    private static AttemptState[] States(AttemptLog log) => [.. new[] { "alone", "folded", "waiting" }.Select(log.StateOf)];

    [Fact]
    public void Enrich_DetailsFoundAfterTheRecord_ShownAndReadBackAfterRestart()
    {
        var log = Open();
        var bare = Attempt(Start) with { Kind = LoginAttemptKind.Unknown, Url = null, UserAgent = null };
        var enriched = Attempt(Start);
        log.Record([("a", bare)]);

        log.Enrich([("a", enriched)]);

        Assert.Equal(enriched, log.Current.LastAttempt);
        // Still one attempt line per attempt: the details follow on a line of their own.
        Assert.Equal(["attempt", "details"], File.ReadAllLines(LogPath).Select(l => AttemptLogJson.Read(l)!.Line));
        var reopened = Open();
        Assert.Equal(enriched, reopened.Current.LastAttempt);
        Assert.Equal(1, reopened.Current.Total);
        Assert.Equal([("a", enriched)], reopened.Unalerted());
    }

    [Fact]
    public void Enrich_NothingNewFound_WritesNothing()
    {
        var log = Open();
        log.Record([("a", Attempt(Start))]);
        var lines = File.ReadAllLines(LogPath).Length;

        log.Enrich([("a", Attempt(Start)), ("unknown", Attempt(Start))]);

        Assert.Equal(lines, File.ReadAllLines(LogPath).Length);
        Assert.Equal(AttemptState.New, log.StateOf("unknown"));
    }

    [Fact]
    public void Record_SameKeyTwice_CountsOnce()
    {
        var log = Open();

        log.Record([("a", Attempt(Start))]);
        log.Record([("a", Attempt(Start))]);

        Assert.Equal(1, log.Current.Total);
        Assert.Single(File.ReadAllLines(LogPath));
    }

    [Fact]
    public void Current_CountsOnlyTheLast24HoursInLast24Hours()
    {
        var log = Open();
        log.Record([("old", Attempt(Start.AddHours(-25))), ("new", Attempt(Start.AddHours(-1))), ("edge", Attempt(Start.AddHours(-24)))]);

        Assert.Equal(2, log.Current.Last24Hours);
        Assert.Equal(3, log.Current.Total);
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, log.Current.Last24Hours);
    }

    [Fact]
    public void Current_BannedIps_FromBansAndIpBansYaml()
    {
        File.WriteAllText(Path.Combine(_data, "ip_bans.yaml"), "\n198.51.100.9:\n  banned_at: '2026-08-20T10:11:12.123456+00:00'\n\n2001:db8::1:\n  banned_at: null\n");
        var log = Open();

        log.Record([("ban", Attempt(Start, "203.0.113.5", LoginEventType.IpBanned))]);

        Assert.Equal(["198.51.100.9", "2001:db8::1", "203.0.113.5"], log.Current.BannedIps);
        Assert.Equal(0, log.Current.Total);
    }

    [Fact]
    public void Load_DamagedLines_AreSkippedCountedAndTheRestKept()
    {
        var log = Open();
        log.Record([("a", Attempt(Start))]);
        File.AppendAllText(LogPath, "{\"line\":\"attempt\",\"key\":\n not json at all\n{\"line\":\"mystery\"}\n");
        log = Open();
        log.Record([("b", Attempt(Start.AddSeconds(1)))]);

        var reopened = Open();

        Assert.Equal(2, reopened.Current.Total);
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.StartsWith("Skipped 3 damaged line(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_CompactionCannotWrite_StartsAnywayWithTheAttempts()
    {
        var log = Open();
        log.Record([("a", Attempt(Start))]);
        File.AppendAllText(LogPath, "damaged line\n"); // a damaged line makes Load compact the file
        Directory.CreateDirectory(LogPath + ".tmp"); // where compaction writes: now impossible

        var reopened = Open();

        Assert.Equal(1, reopened.Current.Total);
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("Cannot write the attempt log", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Issue", "14")]
    public void Load_InvalidUtf8AndNulInSomeLines_OnlyThoseLinesDropped_ReportedOnce()
    {
        var log = Open();
        log.Record([("a", Attempt(Start))]);
        File.AppendAllBytes(LogPath, [0x7b, 0x00, 0xff, 0xfe, 0x0a, 0x41, 0x00, 0x42, 0x0a]);
        log = Open();
        log.Record([("b", Attempt(Start.AddSeconds(1)))]);

        var reopened = Open();

        Assert.Equal(2, reopened.Current.Total);
        Assert.Equal(AttemptState.Recorded, reopened.StateOf("a"));
        Assert.Empty(Directory.GetFiles(_data, "attempts.jsonl.corrupt-*"));
        Assert.Single(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.StartsWith("Skipped 2 damaged line(s)", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Issue", "14")]
    public void Record_AfterATornLastLine_TruncatesToTheLastNewlineFirst()
    {
        var log = Open();
        log.Record([("a", Attempt(Start))]);
        // A power cut in the middle of an append: half a line, no newline.
        File.AppendAllText(LogPath, "{\"line\":\"attempt\",\"key\":\"torn\",\"att");

        log.Record([("b", Attempt(Start.AddSeconds(1)))]);

        Assert.All(File.ReadAllLines(LogPath), line => Assert.NotNull(AttemptLogJson.Read(line)));
        var reopened = Open();
        Assert.Equal(AttemptState.Recorded, reopened.StateOf("b"));
        Assert.Equal(2, reopened.Current.Total);
    }

    [Fact]
    [Trait("Issue", "14")]
    public void Load_TornLastLine_OnlyItIsDropped()
    {
        var log = Open();
        log.Record([("a", Attempt(Start)), ("b", Attempt(Start))]);
        var whole = File.ReadAllBytes(LogPath);
        File.WriteAllBytes(LogPath, whole[..^7]);

        var reopened = Open();

        Assert.Equal(AttemptState.Recorded, reopened.StateOf("a"));
        Assert.Equal(AttemptState.New, reopened.StateOf("b"));
        Assert.EndsWith("\n", File.ReadAllText(LogPath), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Issue", "14")]
    public void SetAside_NeverOverwritesAnEarlierCopy()
    {
        File.CreateSymbolicLink(LogPath, "/dev/zero");
        Open();
        File.CreateSymbolicLink(LogPath, "/dev/zero");

        Open();

        Assert.Equal(2, Directory.GetFileSystemEntries(_data, "attempts.jsonl.corrupt-*").Length);
    }

    [Fact]
    [Trait("Issue", "14")]
    public void DirectoryFlush_OfTheDataFolder_Succeeds_OfAMissingOne_Fails()
    {
        Assert.True(DirectoryFlush.Flush(_data));
        Assert.False(DirectoryFlush.Flush(Path.Combine(_data, "missing")));
    }

    [Fact]
    public void Load_LinkToADevice_IsSetAsideNotReadForever()
    {
        File.CreateSymbolicLink(LogPath, "/dev/zero");

        var log = Open();
        log.Record([("a", Attempt(Start))]);

        Assert.Single(Directory.GetFiles(_data, "attempts.jsonl.corrupt-*"));
        Assert.Equal(1, Open().Current.Total);
    }

    [Fact]
    public void Record_DiskFull_ReturnsFalseAndStillCounts()
    {
        var log = Open();
        File.CreateSymbolicLink(LogPath, "/dev/full"); // every write fails with "No space left on device"

        Assert.False(log.Record([("a", Attempt(Start))]));

        Assert.Equal(1, log.Current.Total);
        Assert.Contains(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("Free disk space", StringComparison.Ordinal));
    }

    [Fact]
    public void Record_DiskRefuses_ReturnsFalseLogsOnceAndStillCounts()
    {
        var log = Open();
        Directory.CreateDirectory(LogPath); // a folder where the file should be: every append fails

        Assert.False(log.Record([("a", Attempt(Start))]));
        Assert.False(log.Record([("b", Attempt(Start))]));

        Assert.Equal(2, log.Current.Total);
        Assert.Equal(AttemptState.Recorded, log.StateOf("a"));
        Assert.Single(_logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("Alerts still go out", StringComparison.Ordinal));
    }

    [Fact]
    public void Record_PastAgeLimit_CompactsButKeepsTheTotal()
    {
        var limits = new AttemptLogLimits(MaxFileBytes: 1 << 20, MaxAge: TimeSpan.FromDays(90), MaxAttempts: 1000);
        var log = Open(limits);
        log.Record([("old", Attempt(Start))]);
        log.MarkAlerted([("old", false)]);
        _time.Advance(TimeSpan.FromDays(91));

        log.Record([("new", Attempt(_time.GetUtcNow()))]);

        var reopened = Open(limits);
        Assert.Equal(2, reopened.Current.Total);
        Assert.Equal(AttemptState.New, reopened.StateOf("old"));
        Assert.Equal(AttemptState.Recorded, reopened.StateOf("new"));
        Assert.DoesNotContain(File.ReadAllLines(LogPath), l => l.Contains("\"old\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Record_PastCountLimit_KeepsTheNewestAndTheTotal()
    {
        var limits = new AttemptLogLimits(MaxFileBytes: 1 << 20, MaxAge: TimeSpan.FromDays(90), MaxAttempts: 10);
        var log = Open(limits);

        for (var i = 0; i < 25; i++)
        {
            log.Record([($"k{i}", Attempt(Start.AddSeconds(i)))]);
        }

        var reopened = Open(limits);
        Assert.Equal(25, reopened.Current.Total);
        Assert.Equal(AttemptState.Recorded, reopened.StateOf("k24"));
        Assert.Equal(AttemptState.New, reopened.StateOf("k0"));
        Assert.True(File.ReadAllLines(LogPath).Length <= 11);
    }

    [Fact]
    [Trait("Issue", "14")]
    public void Record_PastCountLimit_CompactsToThreeQuarters_ThenAppendsWithoutRewriting()
    {
        var limits = new AttemptLogLimits(MaxFileBytes: 1 << 20, MaxAge: TimeSpan.FromDays(90), MaxAttempts: 100);
        var log = Open(limits);
        for (var i = 0; i <= 100; i++)
        {
            log.Record([($"k{i}", Attempt(Start.AddSeconds(i)))]);
        }
        Assert.Equal(1 + 75, File.ReadAllLines(LogPath).Length);

        for (var i = 101; i < 125; i++)
        {
            log.Record([($"k{i}", Attempt(Start.AddSeconds(i)))]);
        }

        // Appended, not rewritten: the carry line and the 75 kept are still the file's first lines.
        Assert.Equal(1 + 99, File.ReadAllLines(LogPath).Length);
        Assert.Equal(125, Open(limits).Current.Total);
        Assert.Equal(AttemptState.New, log.StateOf("k25"));
        Assert.Equal(AttemptState.Recorded, log.StateOf("k26"));
    }

    [Fact]
    [Trait("Issue", "14")]
    public void Record_FileTooLargeFromDetailsLines_RewriteAloneKeepsEveryAttempt()
    {
        var limits = new AttemptLogLimits(MaxFileBytes: 8 * 1024, MaxAge: TimeSpan.FromDays(90), MaxAttempts: 1000);
        var log = Open(limits);
        log.Record([.. Enumerable.Range(0, 10).Select(i => ($"k{i}", Attempt(Start.AddSeconds(i))))]);

        for (var round = 0; round < 10; round++)
        {
            log.Enrich([.. Enumerable.Range(0, 10).Select(i => ($"k{i}", Attempt(Start.AddSeconds(i)) with { Url = $"/auth/login_flow/{round}" }))]);
        }

        Assert.True(new FileInfo(LogPath).Length < limits.MaxFileBytes);
        var reopened = Open(limits);
        Assert.Equal(10, reopened.Current.Total);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(AttemptState.Recorded, reopened.StateOf($"k{i}")));
    }

    [Fact]
    [Trait("Issue", "14")]
    public void Record_AfterTheClockJumpedAYearAhead_KeepsTheHistory()
    {
        var limits = new AttemptLogLimits(MaxFileBytes: 1 << 20, MaxAge: TimeSpan.FromDays(90), MaxAttempts: 1000);
        var log = Open(limits);
        log.Record([.. Enumerable.Range(0, 5).Select(i => ($"k{i}", Attempt(Start.AddSeconds(i))))]);
        _time.Advance(TimeSpan.FromDays(365));

        log.Record([("late", Attempt(Start.AddMinutes(1)))]);

        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(AttemptState.Recorded, Open(limits).StateOf($"k{i}")));
    }

    [Fact]
    [Trait("Issue", "14")]
    public void Record_PastAgeLimit_CutsToThreeQuartersOfTheAge_SoTheNextAttemptAppends()
    {
        var limits = new AttemptLogLimits(MaxFileBytes: 1 << 20, MaxAge: TimeSpan.FromDays(100), MaxAttempts: 1000);
        var log = Open(limits);
        log.Record([.. Enumerable.Range(0, 100).Select(i => ($"d{i}", Attempt(Start.AddDays(i))))]);
        _time.Advance(TimeSpan.FromDays(101));

        log.Record([("new", Attempt(Start.AddDays(101)))]);
        var lines = File.ReadAllLines(LogPath).Length;
        log.Record([("newer", Attempt(Start.AddDays(101).AddHours(1)))]);

        Assert.Equal(AttemptState.New, log.StateOf("d25"));
        Assert.Equal(AttemptState.Recorded, log.StateOf("d27"));
        Assert.Equal(lines + 1, File.ReadAllLines(LogPath).Length);
    }

    [Fact]
    [Trait("Issue", "14")]
    public void FailedFrom_CountsOneAddressSinceATime_AndForgetsWhatCompactionDropped()
    {
        var limits = new AttemptLogLimits(MaxFileBytes: 1 << 20, MaxAge: TimeSpan.FromDays(90), MaxAttempts: 8);
        var log = Open(limits);
        log.Record([.. Enumerable.Range(0, 6).Select(i => ($"a{i}", Attempt(Start.AddHours(i), "203.0.113.5")))]);
        log.Record([("b", Attempt(Start, "198.51.100.1")), ("ban", Attempt(Start, "203.0.113.5", LoginEventType.IpBanned))]);

        Assert.Equal(6, log.FailedFrom("203.0.113.5", Start));
        Assert.Equal(3, log.FailedFrom("203.0.113.5", Start.AddHours(3)));
        Assert.Equal(1, log.FailedFrom("198.51.100.1", Start));
        Assert.Equal(0, log.FailedFrom("192.0.2.1", Start));

        log.Record([("c", Attempt(Start.AddHours(7), "192.0.2.1"))]); // past the count limit: the oldest go
        Assert.True(log.FailedFrom("203.0.113.5", Start) < 6);
    }

    [Fact]
    public void Record_HostileText_RoundTripsUnchanged()
    {
        var hostile = new LoginAttempt(LoginEventType.FailedLogin, Start, null, null, LoginAttemptKind.Unknown, null, null,
            "line\nbreak \"quotes\" \u0000 \u001b[31m <script>alert(1)</script> " + new string('x', 100_000));
        var log = Open();

        log.Record([("h", hostile)]);

        Assert.Equal(hostile, Open().Current.LastAttempt);
        Assert.Single(File.ReadAllLines(LogPath));
    }
}
