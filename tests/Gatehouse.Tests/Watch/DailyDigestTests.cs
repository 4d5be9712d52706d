using Gatehouse.Checks;
using Gatehouse.Logins;
using Gatehouse.Logins.Alerting;
using Gatehouse.Logins.Recording;
using Gatehouse.Options;
using Gatehouse.Tests.Checks;
using Gatehouse.Watch;
using Gatehouse.Watch.Digest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using static Gatehouse.Tests.Watch.WatchReports;

namespace Gatehouse.Tests.Watch;

[Trait("Issue", "17")]
public sealed class DailyDigestTests : IDisposable
{
    private static readonly Finding Telnet = Problem("open_ports:port:192.168.1.10:23", "Port 23 (telnet) is open on 192.168.1.10", CheckStatus.Fail);
    private readonly string _data = Directory.CreateTempSubdirectory("gatehouse-digest-").FullName;
    private readonly FakeTimeProvider _time = new(Start);
    private readonly RecordingChannel _channel = new();
    private readonly AttemptLog _attempts;

    public DailyDigestTests()
    {
        var environment = TestEnvironment.Standalone(_data);
        _attempts = new AttemptLog(environment, AttemptLogLimits.Default, new IpBansFile(environment), _time, NullLogger<AttemptLog>.Instance);
        _attempts.Load();
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task ADayLater_CountsTheQuietAttemptsPerNetworkAndListsWhatWasFixed()
    {
        Report(Result("open_ports", CheckStatus.Fail, Telnet));
        var state = new DigestState(Start, new Dictionary<string, string> { [Telnet.Id] = Telnet.Text });
        Report(Result("open_ports", CheckStatus.Pass));
        for (var i = 0; i < 50; i++)
        {
            _attempts.Record([($"k{i}", Attempt("192.168.1.23", i % 10 == 0 ? LoginAttemptKind.TokenRefresh : LoginAttemptKind.Password, Start.AddMinutes(i)))]);
        }
        _attempts.Record([("far", Attempt("203.0.113.9", LoginAttemptKind.Password, Start.AddMinutes(1)))]);
        _time.Advance(DailyDigest.Interval);

        var next = await Digest().SendAsync(state, CancellationToken.None);

        var message = Assert.Single(_channel.Sent);
        Assert.Equal(DigestMessage.Title, message.Title);
        Assert.StartsWith("50 failed logins from your known networks since the last summary (192.168.1.0/24: 50), 5 of them apps with an expired login.", message.Message, StringComparison.Ordinal);
        Assert.Contains("Fixed since the last summary: Port 23 (telnet) is open on 192.168.1.10.", message.Message, StringComparison.Ordinal);
        Assert.Equal(_time.GetUtcNow(), next.SentAt);
        Assert.Equal(next.SentAt, new DigestStateFile(TestEnvironment.Standalone(_data)).Read()!.SentAt);
    }

    [Fact]
    public async Task NothingToSay_SendsNothingButStartsANewDay()
    {
        _time.Advance(DailyDigest.Interval);

        var next = await Digest().SendAsync(new DigestState(Start, new Dictionary<string, string>()), CancellationToken.None);

        Assert.Empty(_channel.Sent);
        Assert.Equal(_time.GetUtcNow(), next.SentAt);
    }

    [Fact]
    public async Task NotDelivered_TriedAgainInAnHourCountingFromTheSameDay()
    {
        _attempts.Record([("k", Attempt("192.168.1.23", LoginAttemptKind.Password, Start.AddMinutes(1)))]);
        _channel.Refuse = true;
        _time.Advance(DailyDigest.Interval);

        var next = await Digest().SendAsync(new DigestState(Start, new Dictionary<string, string>()), CancellationToken.None);

        Assert.Equal(Start + DailyDigest.RetryAfter, next.SentAt);
    }

    private DailyDigest Digest() => new(
        new DigestStateFile(TestEnvironment.Standalone(_data)),
        new LastReportFile(TestEnvironment.Standalone(_data), _time, new FakeLogger<LastReportFile>()),
        _attempts,
        new KnownNetworks(new GatehouseOptions { KnownNetworks = ["192.168.1.0/24"] }),
        new AcceptedList(),
        new WatchNotifier(_channel, new InstanceTimeZone()),
        _time,
        new FakeLogger<DailyDigest>());

    private void Report(params CheckResult[] results) =>
        new LastReportFile(TestEnvironment.Standalone(_data), _time, new FakeLogger<LastReportFile>()).Write(Run(0, results));

    private static LoginAttempt Attempt(string ip, LoginAttemptKind kind, DateTimeOffset at) =>
        new(LoginEventType.FailedLogin, at, ip, null, kind, null, null, null);
}
