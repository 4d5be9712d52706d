using Gatehouse.Checks;
using Gatehouse.Checks.Engine;
using Gatehouse.HaConfig;
using Gatehouse.Logins;
using Gatehouse.Tests.Logins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Checks.Engine;

public sealed class CheckRunnerTests : IDisposable
{
    private readonly string _configDirectory = Directory.CreateTempSubdirectory("gatehouse-runner-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));
    private readonly FakeLogCollector _logs = new();
    private readonly List<ISecurityCheck> _checks = [];
    private readonly List<Action<IServiceCollection>> _extraRegistrations = [];

    public void Dispose() => Directory.Delete(_configDirectory, recursive: true);

    [Fact]
    public async Task RunAsync_AllPass_ReportsEveryCheckInOrderWithScore100()
    {
        _checks.AddRange([FakeCheck.Passing("a"), FakeCheck.Passing("b")]);

        var report = await Runner().RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);

        Assert.Equal(["a", "b"], report.Results.Select(r => r.Id));
        Assert.Equal(100, report.Score);
        Assert.Equal(_time.GetUtcNow(), report.GeneratedAt);
    }

    [Fact]
    public async Task RunAsync_CheckThrows_IsUnavailableWithTheReasonAndOthersGoOn()
    {
        _checks.Add(new FakeCheck("broken", (_, _) => throw new InvalidDataException("disk on fire")));
        _checks.Add(FakeCheck.Passing("fine"));

        var report = await Runner().RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);

        var broken = report.Results[0];
        Assert.Equal(CheckStatus.Unavailable, broken.Status);
        Assert.Contains("disk on fire", broken.Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Pass, report.Results[1].Status);
        Assert.Contains(_logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("broken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_CheckOutlivesTheTimeout_IsUnavailable()
    {
        // The slow check alone: a second check still in flight when the fake clock jumps a whole timeout ahead would
        // rightly time out too (that made this test flaky). That the others are not held up is shown by
        // RunAsync_ChecksRunConcurrently and RunAsync_CheckThrows_IsUnavailableWithTheReasonAndOthersGoOn.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _checks.Add(new FakeCheck("slow", async (check, token) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return check.Pass("never");
        }));

        var run = Runner().RunAsync(CancellationToken.None);
        await started.Task.WaitAsync(TestSettings.Timeout);
        _time.Advance(CheckRunnerOptions.DefaultTimeout);
        var report = await run.WaitAsync(TestSettings.Timeout);

        var slow = Assert.Single(report.Results);
        Assert.Equal(CheckStatus.Unavailable, slow.Status);
        Assert.Contains("did not finish within 60 seconds", slow.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CheckIgnoringItsToken_IsAbandonedAtTheTimeout()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource<CheckResult>();
        _checks.Add(new FakeCheck("stuck", (_, _) =>
        {
            started.SetResult();
            return never.Task;
        }));

        var run = Runner().RunAsync(CancellationToken.None);
        await started.Task.WaitAsync(TestSettings.Timeout);
        _time.Advance(CheckRunnerOptions.DefaultTimeout);

        Assert.Equal(CheckStatus.Unavailable, Assert.Single((await run.WaitAsync(TestSettings.Timeout)).Results).Status);
    }

    [Fact]
    public async Task RunAsync_ChecksRunConcurrently()
    {
        // Each check waits for the other to have started: only a concurrent runner finishes.
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _checks.Add(new FakeCheck("one", async (check, _) => { first.SetResult(); await second.Task; return check.Pass("ok"); }));
        _checks.Add(new FakeCheck("two", async (check, _) => { second.SetResult(); await first.Task; return check.Pass("ok"); }));

        var report = await Runner().RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);

        Assert.All(report.Results, r => Assert.Equal(CheckStatus.Pass, r.Status));
    }

    [Fact]
    public async Task RunAsync_SourceMissing_IsUnavailableWithTheReasonAndNotRun()
    {
        var live = FakeCheck.Passing("live", CheckSource.HomeAssistant);
        var supervisor = FakeCheck.Passing("supervised", CheckSource.Supervisor);
        var log = FakeCheck.Passing("log", CheckSource.AttemptLog);
        _checks.AddRange([live, supervisor, log, FakeCheck.Passing("folder", CheckSource.ConfigFolder)]);

        var report = await Runner().RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);

        Assert.Equal(0, live.Runs + supervisor.Runs + log.Runs);
        Assert.Contains("--ha-url and --token", report.Results[0].Summary, StringComparison.Ordinal);
        Assert.Contains("no Supervisor", report.Results[1].Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Unavailable, report.Results[2].Status);
        Assert.Contains("kept by the running add-on", report.Results[2].Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Pass, report.Results[3].Status);
        Assert.Equal(100, report.Score);
    }

    [Fact]
    public async Task RunAsync_AttemptLogKept_ItsChecksRun()
    {
        var log = FakeCheck.Passing("log", CheckSource.AttemptLog);
        _checks.Add(log);

        var report = await Runner(new FixedLoginFigures()).RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);

        Assert.Equal(1, log.Runs);
        Assert.Equal(CheckStatus.Pass, report.Results[0].Status);
    }

    [Fact]
    public async Task RunAsync_ConfigFolderMissing_ConfigChecksAreUnavailable()
    {
        Directory.Delete(_configDirectory);
        _checks.Add(FakeCheck.Passing("folder", CheckSource.ConfigFolder));

        var report = await Runner().RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);
        Directory.CreateDirectory(_configDirectory);

        Assert.Equal(CheckStatus.Unavailable, report.Results[0].Status);
        Assert.Contains("was not found", report.Results[0].Summary, StringComparison.Ordinal);
        Assert.Equal(0, report.Score);
    }

    [Fact]
    public async Task RunAsync_ResultCarriesAnotherId_TheCheckIdWins()
    {
        _checks.Add(new FakeCheck("real", (_, _) => Task.FromResult(new CheckResult("wrong", "Wrong", CheckStatus.Warn, "s", [], "r"))));

        var report = await Runner().RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);

        Assert.Equal(("real", "Fake real"), (report.Results[0].Id, report.Results[0].Title));
    }

    [Fact]
    public async Task RunAsync_Ended_CancelsWhatItsChecksLeftRunningInItsScope()
    {
        var left = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        _extraRegistrations.Add(services => services.AddScoped<ISecurityCheck>(provider => new FakeCheck("leaves work", (check, _) =>
        {
            // A parse shared by several checks is bound to the run, not to the check that started it.
            left.SetResult(provider.GetRequiredService<RunCancellation>().Token);
            return Task.FromResult(check.Pass("done"));
        })));

        await Runner().RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);

        Assert.True((await left.Task.WaitAsync(TestSettings.Timeout)).IsCancellationRequested);
    }

    [Fact]
    public async Task RunAsync_ResultsWithControlCharacters_AreCleanedBeforeAnyoneSeesThem()
    {
        _checks.Add(new FakeCheck("www", (check, _) => Task.FromResult(check.Fail("file www/\u001b[2Jx is public", ["www/\u001b[2Jx\nforged"], "Move\u0007 it"))));

        var result = Assert.Single((await Runner().RunAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout)).Results);

        Assert.Equal(("file www/?[2Jx is public", "www/?[2Jx?forged", "Move? it"), (result.Summary, Assert.Single(result.Details), result.Remediation));
    }

    /// <param name="figures">The attempt log's figures; none kept by default, as in <c>audit</c>.</param>
    private CheckRunner Runner(ILoginFiguresSource? figures = null)
    {
        var services = new ServiceCollection();
        services.AddScoped<RunCancellation>();
        foreach (var check in _checks)
        {
            services.AddScoped(_ => check);
        }
        _extraRegistrations.ForEach(register => register(services));
        var provider = services.BuildServiceProvider();
        var availability = new CheckSourceAvailability(new HaConfigFolder(_configDirectory), TestEnvironment.Standalone(_configDirectory), figures ?? NoAttemptLog.Instance);
        return new CheckRunner(provider.GetRequiredService<IServiceScopeFactory>(), availability, new CheckRunnerOptions(), AcceptedFindings.None, _time, new FakeLogger<CheckRunner>(_logs));
    }
}
