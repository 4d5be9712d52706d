using System.Collections.Concurrent;
using Gatehouse.Logins;
using Gatehouse.Logins.Alerting;
using Gatehouse.Logins.Enrichment;
using Gatehouse.Logins.Notices;
using Gatehouse.Logins.Pipeline;
using Gatehouse.Logins.Recording;
using Gatehouse.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Logins;

/// <summary>
/// A login pipeline over a real attempt log in a temp folder, with recording fakes for the HA side (notify,
/// dismiss, log lines, entities) that write one shared, ordered journal of what was called.
/// </summary>
internal sealed class PipelineHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public PipelineHarness(string dataFolder, GatehouseOptions? options = null, FakeTimeProvider? time = null, bool hasTargets = true)
    {
        Time = time ?? new FakeTimeProvider(Start);
        Options = options ?? new GatehouseOptions { NotifyServices = ["notify.phone"] };
        Notify = new RecordingNotify(Journal, hasTargets, Time);
        Dismisser = new RecordingDismisser(Journal);
        var environment = new GatehouseEnvironment { OptionsFile = "", OptionsFileRequired = false, DataDirectory = dataFolder, HaConfigDirectory = dataFolder };
        Log = new AttemptLog(environment, AttemptLogLimits.Default, new IpBansFile(environment), Time, NullLogger<AttemptLog>.Instance);
        Log.Load();
        var shown = new ShownNotices();
        var delivery = new AlertDelivery(Notify, Dismisser, Log, shown, Options, Time, NullLogger<AlertDelivery>.Instance);
        Pipeline = new LoginPipeline(
            Log,
            new AttemptEnricher([LogLines], Time, NullLogger<AttemptEnricher>.Instance),
            new AlertComposer(new InstanceTimeZone()),
            new AlertCooldown(Options.AlertCooldown),
            new SendBudget(),
            new AlertDigest(),
            new KnownNetworks(Options),
            new KnownNetworkQuiet(Options),
            delivery,
            shown,
            [Entities],
            Time,
            NullLogger<LoginPipeline>.Instance);
        _running = Task.Run(() => Pipeline.RunAsync(_stop.Token));
    }

    public FakeTimeProvider Time { get; }

    public GatehouseOptions Options { get; }

    public AttemptLog Log { get; }

    public LoginPipeline Pipeline { get; }

    public ConcurrentQueue<string> Journal { get; } = new();

    public RecordingNotify Notify { get; }

    public RecordingDismisser Dismisser { get; }

    public FixedLogLines LogLines { get; } = new();

    public RecordingEntities Entities { get; } = new();

    public string[] Calls => [.. Journal];

    public static LoginNotice Login(string ip, DateTimeOffset at, string host = "host.example") =>
        new(LoginNotice.LoginId, "Login attempt failed", $"Login attempt or request with invalid authentication from {host} ({ip}). See the log for details.", at);

    public static LoginNotice Ban(string ip, DateTimeOffset at) =>
        new(LoginNotice.BanId, "Banning IP address", $"Too many login attempts from {ip}", at);

    public async Task ShowAsync(params LoginNotice[] notices)
    {
        Pipeline.Post(new PipelineInput.NoticesShown(notices));
        await Pipeline.DrainAsync().WaitAsync(Timeout);
    }

    /// <summary>Moves fake time on and waits until the pipeline handled what fell due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await Pipeline.DrainAsync().WaitAsync(Timeout);
    }

    /// <summary>Stops the pipeline as the host does, and waits until it ended.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _running);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }
        _stop.Dispose();
    }

    internal sealed class RecordingNotify(ConcurrentQueue<string> journal, bool hasTargets, TimeProvider time) : INotifyChannel
    {
        public bool HasTargets => hasTargets;

        public bool Fails { get; set; }

        public List<AlertMessage> Sent { get; } = [];

        /// <summary>When each delivered notification was sent, by the pipeline's clock.</summary>
        public List<DateTimeOffset> SentAt { get; } = [];

        /// <summary>The most notifications delivered within any one minute.</summary>
        public int MostInAMinute => SentAt.Count == 0 ? 0 : SentAt.Max(start => SentAt.Count(t => t >= start && t < start + TimeSpan.FromMinutes(1)));

        /// <summary>When set, every send waits for it: HA has the call but has not answered yet.</summary>
        public TaskCompletionSource<bool>? Answer { get; set; }

        /// <summary>Released once per send, when the call is made.</summary>
        public SemaphoreSlim Called { get; } = new(0);

        public Task<bool> SendAsync(AlertMessage message, bool callerReadsOn, CancellationToken cancellationToken)
        {
            journal.Enqueue(Fails ? $"notify failed: {message.Title}" : $"notify: {message.Title}");
            if (!Fails)
            {
                Sent.Add(message);
                SentAt.Add(time.GetUtcNow());
            }
            Called.Release();
            return Answer?.Task.WaitAsync(cancellationToken) ?? Task.FromResult(!Fails);
        }

        public async Task WaitForCallsAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Assert.True(await Called.WaitAsync(Timeout), $"notify call {i + 1} of {count} not made");
            }
        }
    }

    internal sealed class RecordingDismisser(ConcurrentQueue<string> journal) : INoticeDismisser
    {
        /// <summary>When set, every dismiss waits for it: HA has the call but has not answered yet.</summary>
        public TaskCompletionSource<bool>? Answer { get; set; }

        /// <summary>Completes when the first dismiss is called.</summary>
        public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<bool> DismissAsync(string notificationId, CancellationToken cancellationToken)
        {
            journal.Enqueue($"dismiss: {notificationId}");
            Called.TrySetResult();
            return Answer is { } answer ? await answer.Task.WaitAsync(cancellationToken) : true;
        }
    }

    internal sealed class FixedLogLines : ILoginLogSource
    {
        public List<string> Lines { get; } = [];

        /// <summary>When set, every lookup waits for it: HA has the request but has not answered yet.</summary>
        public TaskCompletionSource? Answer { get; set; }

        /// <summary>How many lookups were asked.</summary>
        public int Asked => _asked;

        private int _asked;

        public async Task<IReadOnlyList<string>> RecentLinesAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _asked);
            if (Answer is { } answer)
            {
                await answer.Task.WaitAsync(cancellationToken);
            }
            return [.. Lines];
        }
    }

    internal sealed class RecordingEntities : ILoginActivityListener
    {
        /// <summary>Each call: the attempts told together and the figures after them.</summary>
        public List<(IReadOnlyList<LoginAttempt> Attempts, LoginFigures Figures)> Told { get; } = [];

        /// <summary>When set, every call waits for it: the pipeline's loop is busy while more input queues up.</summary>
        public TaskCompletionSource? Hold { get; set; }

        /// <summary>Released once per call, when it is made.</summary>
        public SemaphoreSlim Called { get; } = new(0);

        public async Task OnAttemptsAsync(IReadOnlyList<LoginAttempt> attempts, LoginFigures figures, CancellationToken cancellationToken)
        {
            Told.Add((attempts, figures));
            Called.Release();
            if (Hold is { } hold)
            {
                await hold.Task.WaitAsync(cancellationToken);
            }
        }
    }
}
