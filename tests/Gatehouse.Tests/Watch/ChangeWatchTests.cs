using Gatehouse.Checks;
using Gatehouse.Logins.Alerting;
using Gatehouse.Tests.Checks;
using Gatehouse.Watch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using static Gatehouse.Tests.Watch.WatchReports;

namespace Gatehouse.Tests.Watch;

public sealed class ChangeWatchTests : IDisposable
{
    private static readonly Finding Bob = Problem("admins:user:b", "Bob is an administrator");
    private static readonly Finding Telnet = Problem("open_ports:port:192.168.1.10:23", "Port 23 (telnet) is open on 192.168.1.10", CheckStatus.Fail);

    private readonly string _data = Directory.CreateTempSubdirectory("gatehouse-watch-").FullName;
    private readonly FakeTimeProvider _time = new(Start);
    private readonly RecordingChannel _channel = new();
    private readonly AnnouncedChanges _announced = new();
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task FirstRun_SendsOneSummaryNotOnePerFinding()
    {
        await Watch().OnReportAsync(Run(0, Result("admins", CheckStatus.Pass, Bob), Result("open_ports", CheckStatus.Fail, Telnet)), CancellationToken.None);

        var message = Assert.Single(_channel.Sent);
        Assert.Equal("Gatehouse is watching your home", message.Title);
        Assert.Contains("2 things to look at: Bob is an administrator; Port 23 (telnet) is open on 192.168.1.10.", message.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnchangedRuns_AndARestart_SendNothingMore()
    {
        var watch = Watch();
        for (var run = 0; run < 3; run++)
        {
            await watch.OnReportAsync(Run(run, Result("admins", CheckStatus.Pass, Bob)), CancellationToken.None);
        }
        await Watch().OnReportAsync(Run(3, Result("admins", CheckStatus.Pass, Bob)), CancellationToken.None);

        Assert.Single(_channel.Sent); // the baseline
    }

    [Fact]
    public async Task NewFinding_OneMessageNamingItSinceTheLastRun_AndTheEventListenersHearIt()
    {
        var listener = new RecordingListener();
        var watch = Watch(listener);
        await watch.OnReportAsync(Run(0, Result("admins", CheckStatus.Pass, Bob), Result("open_ports", CheckStatus.Pass)), CancellationToken.None);

        var carol = Problem("admins:user:c", "Carol is an administrator");
        await watch.OnReportAsync(Run(1, Result("admins", CheckStatus.Warn, Bob, carol), Result("open_ports", CheckStatus.Fail, Telnet)), CancellationToken.None);

        Assert.Equal(2, _channel.Sent.Count);
        var alert = _channel.Sent[1];
        Assert.Equal("Gatehouse: 2 changes made your home less safe", alert.Title);
        Assert.StartsWith("New since 14:05: Carol is an administrator; Port 23 (telnet) is open on 192.168.1.10.\nWhat to do:\n- Fix for Carol", alert.Message, StringComparison.Ordinal);
        Assert.Equal(["admins:user:c", "open_ports:port:192.168.1.10:23"], listener.Heard.Select(c => c.Id));
        Assert.Equal(["admins:user:b", "admins:user:c", "open_ports:port:192.168.1.10:23"], listener.Open.Select(f => f.Id));
    }

    [Fact]
    public async Task ChangeAlreadyAnnouncedLive_IsNotAnnouncedAgainByTheNextRun()
    {
        var watch = Watch();
        await watch.OnReportAsync(Run(0, Result("admins", CheckStatus.Pass)), CancellationToken.None);
        _announced.Add(["admins:user:b"]);

        await watch.OnReportAsync(Run(1, Result("admins", CheckStatus.Pass, Bob)), CancellationToken.None);

        Assert.Single(_channel.Sent); // the baseline
    }

    [Fact]
    public async Task DeliveryFails_TheNextRunSendsTheSameChangeAgain()
    {
        var watch = Watch();
        await watch.OnReportAsync(Run(0, Result("open_ports", CheckStatus.Pass)), CancellationToken.None);
        _channel.Refuse = true;
        await watch.OnReportAsync(Run(1, Result("open_ports", CheckStatus.Fail, Telnet)), CancellationToken.None);
        _channel.Refuse = false;

        await Watch().OnReportAsync(Run(2, Result("open_ports", CheckStatus.Fail, Telnet)), CancellationToken.None);

        Assert.Equal(2, _channel.Sent.Count);
        Assert.Contains("Port 23 (telnet)", _channel.Sent[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoTargets_NothingSentButTheBaseMovesOn()
    {
        _channel.Targets = false;
        var watch = Watch();
        await watch.OnReportAsync(Run(0, Result("open_ports", CheckStatus.Pass)), CancellationToken.None);
        await watch.OnReportAsync(Run(1, Result("open_ports", CheckStatus.Fail, Telnet)), CancellationToken.None);

        Assert.Empty(_channel.Sent);
        Assert.Contains("open_ports:port:192.168.1.10:23", File.ReadAllText(Path.Combine(_data, LastReportFile.FileName)), StringComparison.Ordinal);
    }

    private ChangeWatch Watch(params ISecurityChangeListener[] listeners) => new(
        new LastReportFile(TestEnvironment.Standalone(_data), _time, new FakeLogger<LastReportFile>()),
        new AcceptedList(),
        new ConfigFolderChecks(_services.GetRequiredService<IServiceScopeFactory>()),
        new WatchNotifier(_channel, new InstanceTimeZone()),
        _announced,
        listeners,
        _time,
        new FakeLogger<ChangeWatch>());

    private sealed class RecordingListener : ISecurityChangeListener
    {
        public List<WatchChange> Heard { get; } = [];

        public IReadOnlyList<Finding> Open { get; private set; } = [];

        public Task OnChangesAsync(IReadOnlyList<WatchChange> changes, ChangeOrigin origin, DateTimeOffset at, CancellationToken cancellationToken)
        {
            Assert.Equal(ChangeOrigin.CheckRun, origin);
            Heard.AddRange(changes);
            return Task.CompletedTask;
        }

        public Task OnOpenFindingsAsync(IReadOnlyList<Finding> open, CancellationToken cancellationToken)
        {
            Open = open;
            return Task.CompletedTask;
        }
    }
}
