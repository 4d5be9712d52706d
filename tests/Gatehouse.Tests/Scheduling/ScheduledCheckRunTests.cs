using System.Threading.Channels;
using Gatehouse.Checks;
using Gatehouse.Logins;
using Gatehouse.Scheduling;
using Gatehouse.Tests.Checks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Quartz;

namespace Gatehouse.Tests.Scheduling;

public sealed class ScheduledCheckRunTests : IAsyncDisposable
{
    private readonly string _configDirectory = Directory.CreateTempSubdirectory("gatehouse-schedule-").FullName;
    private readonly RecordingListener _listener = new();
    private readonly FakeLogCollector _logs = new();
    private IHost? _host;

    private IServiceProvider Services => _host!.Services;

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }
        Directory.Delete(_configDirectory, recursive: true);
    }

    [Fact]
    public async Task Schedule_RunsShortlyAfterStartAndOnRequest_TellingEveryListener()
    {
        await StartAsync(FakeCheck.Passing("fine"));

        var first = await _listener.Reports.Reader.ReadAsync().AsTask().WaitAsync(TestSettings.Timeout);
        await Services.GetRequiredService<ICheckRunRequester>().RequestRunAsync(CancellationToken.None);
        var second = await _listener.Reports.Reader.ReadAsync().AsTask().WaitAsync(TestSettings.Timeout);

        Assert.Equal("fine", Assert.Single(first.Results).Id);
        Assert.True(second.GeneratedAt >= first.GeneratedAt);
    }

    [Fact]
    public async Task RunAsync_CalledTwiceAtOnce_NeverRunsTwoAtATime()
    {
        var running = 0;
        var most = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = Channel.CreateUnbounded<bool>();
        var check = new FakeCheck("slow", async (self, _) =>
        {
            var now = Interlocked.Increment(ref running);
            most = Math.Max(most, now);
            entered.Writer.TryWrite(true);
            await release.Task;
            Interlocked.Decrement(ref running);
            return self.Pass("done");
        });
        await StartAsync(check, firstRunDelay: TimeSpan.FromHours(1));
        var run = Services.GetRequiredService<ScheduledCheckRun>();

        var one = run.RunAsync(CancellationToken.None);
        var two = run.RunAsync(CancellationToken.None);
        await entered.Reader.ReadAsync().AsTask().WaitAsync(TestSettings.Timeout);
        Assert.False(entered.Reader.TryRead(out _));
        release.SetResult();
        await Task.WhenAll(one, two).WaitAsync(TestSettings.Timeout);

        Assert.Equal(1, most);
        Assert.Equal(2, check.Runs);
    }

    [Fact]
    public async Task RequestRunAsync_PressedDuringARun_IsAnsweredAlreadyRunningAndStartsNoOtherRun()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = Channel.CreateUnbounded<bool>();
        var check = new FakeCheck("slow", async (self, _) =>
        {
            entered.Writer.TryWrite(true);
            await release.Task;
            return self.Pass("done");
        });
        await StartAsync(check);
        await entered.Reader.ReadAsync().AsTask().WaitAsync(TestSettings.Timeout);
        var requester = Services.GetRequiredService<ICheckRunRequester>();

        for (var press = 0; press < 5; press++)
        {
            await requester.RequestRunAsync(CancellationToken.None);
        }
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var waiting = (await scheduler.GetTriggersOfJob(CheckRunJob.Key)).Count - 1;
        release.SetResult();
        await _listener.Reports.Reader.ReadAsync().AsTask().WaitAsync(TestSettings.Timeout);

        Assert.Equal(0, waiting);
        Assert.Equal(5, _logs.GetSnapshot().Count(r => r.Message.Contains("already running", StringComparison.Ordinal)));
        Assert.Equal(1, check.Runs);
    }

    [Fact]
    public async Task RequestRunAsync_PressedRepeatedlyBeforeARunStarts_StartsOneRun()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var check = new FakeCheck("held", async (self, _) =>
        {
            await release.Task;
            return self.Pass("done");
        });
        await StartAsync(check, firstRunDelay: TimeSpan.FromHours(1));
        var requester = Services.GetRequiredService<ICheckRunRequester>();

        // Each press is either folded into the waiting run or, once it started, answered "already running".
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => requester.RequestRunAsync(CancellationToken.None)));
        release.SetResult();
        await _listener.Reports.Reader.ReadAsync().AsTask().WaitAsync(TestSettings.Timeout);
        await Services.GetRequiredService<ScheduledCheckRun>().RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);

        // The requested run, then the direct one.
        Assert.Equal(2, check.Runs);
    }

    [Fact]
    public async Task RunAsync_ListenerThrows_OtherListenersAreStillTold()
    {
        await StartAsync(FakeCheck.Passing("fine"), firstRunDelay: TimeSpan.FromHours(1), new ThrowingListener());

        await Services.GetRequiredService<ScheduledCheckRun>().RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);

        Assert.True(_listener.Reports.Reader.TryRead(out _));
    }

    [Fact]
    public async Task RunAsync_Finished_CompactsTheWholeHeap()
    {
        await StartAsync(FakeCheck.Passing("fine"), firstRunDelay: TimeSpan.FromHours(1));
        var before = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;

        await Services.GetRequiredService<ScheduledCheckRun>().RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);

        var after = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        Assert.True(after.Index > before, "no full blocking collection after the run");
        Assert.True(after.Compacted);
    }

    private async Task StartAsync(ISecurityCheck check, TimeSpan? firstRunDelay = null, ICheckReportListener? extraListener = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var services = builder.Services;
        services.AddSingleton<ILoginFiguresSource>(NoAttemptLog.Instance);
        services.AddCheckEngine(TestEnvironment.Configuration(_configDirectory));
        services.AddSingleton<ILogger<ScheduledCheckRun>>(new FakeLogger<ScheduledCheckRun>(_logs));
        services.RemoveAll<ISecurityCheck>();
        services.AddScoped(_ => check);
        if (extraListener is not null)
        {
            services.AddSingleton(extraListener);
        }
        services.AddSingleton<ICheckReportListener>(_listener);
        services.AddCheckScheduling(new CheckScheduleOptions(TimeSpan.FromHours(6)) { FirstRunDelay = firstRunDelay ?? TimeSpan.Zero });
        _host = builder.Build();
        await _host.StartAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);
    }

    private sealed class RecordingListener : ICheckReportListener
    {
        public Channel<CheckReport> Reports { get; } = Channel.CreateUnbounded<CheckReport>();

        public Task OnReportAsync(CheckReport report, CancellationToken cancellationToken) => Reports.Writer.WriteAsync(report, cancellationToken).AsTask();
    }

    private sealed class ThrowingListener : ICheckReportListener
    {
        public Task OnReportAsync(CheckReport report, CancellationToken cancellationToken) => throw new InvalidOperationException("broker down");
    }
}
