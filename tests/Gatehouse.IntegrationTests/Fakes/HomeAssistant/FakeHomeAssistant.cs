using System.Collections.Concurrent;
using Gatehouse.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// Home Assistant's websocket API on a loopback port, written from HA's source: the auth phase, id rules,
/// errors, coalesced frames after opt-in, persistent notifications of the chosen generation, failed logins as
/// <c>http/ban.py</c> reports them, recorded and scriptable service calls, and faults on demand.
/// </summary>
internal sealed partial class FakeHomeAssistant : IAsyncDisposable
{
    public const string Token = "fake-ha-long-lived-token-8e1f20d9a7";

    private readonly ConcurrentDictionary<FakeHomeAssistantSession, byte> _sessions = new();
    private readonly ConcurrentQueue<ReceivedFrame> _received = new();
    private readonly ConcurrentQueue<DateTimeOffset> _authAttempts = new();
    private readonly ConcurrentQueue<JObject> _extraStates = new();
    private readonly ConcurrentDictionary<string, Gate> _heldReplies = new();
    private readonly Pulse _changed = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<string, int> _failedLogins = [];
    private WebApplication? _app;
    private int _connections;
    private int _authenticated;
    private int _arrayFrames;
    private int _droppedForFallingBehind;
    private int _authTimeouts;

    private FakeHomeAssistant(HaGeneration generation)
    {
        Commands = new FakeCommands(this);
        Services = new FakeServices(this, (JObject)TestData("get_services.json"));
        Users = new FakeUsers(this, (JArray)TestData("config_auth_list.json"));
        Become(generation);
    }

    public HaGeneration Generation { get; private set; }

    public string HaVersion => Generation.Version();

    public Uri BaseUrl { get; private set; } = null!;

    public Uri WebSocketUrl => new(BaseUrl.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + "api/websocket");

    /// <summary>HA waits 10 s for the auth message (<c>http.py</c>); tests may shorten it.</summary>
    public TimeSpan AuthTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public string AcceptedToken { get; set; } = Token;

    /// <summary>Answer no <c>ping</c>: a link that looks open but is dead.</summary>
    public bool IgnorePings { get; set; }

    /// <summary>False: <c>system_log/list</c> answers unknown_command, as on an HA without the integration.</summary>
    public bool SystemLogAvailable { get; set; } = true;

    /// <summary><c>http: login_attempts_threshold</c>; null is HA's default of never banning.</summary>
    public int? LoginAttemptsThreshold { get; set; }

    public FakeNotifications Notifications { get; private set; } = null!;

    public FakeSystemLog SystemLog { get; } = new();

    public FakeServices Services { get; }

    public FakeUsers Users { get; }

    internal FakeCommands Commands { get; }

    internal Gate WritersOpen { get; } = new();

    public int Connections => Volatile.Read(ref _connections);

    public int AuthenticatedConnections => Volatile.Read(ref _authenticated);

    public int ArrayFramesSent => Volatile.Read(ref _arrayFrames);

    /// <summary>Connections closed because the client let too many messages wait (<see cref="PendingMessageLimits"/>).</summary>
    public int ClientsDroppedForFallingBehind => Volatile.Read(ref _droppedForFallingBehind);

    public int AuthTimeouts => Volatile.Read(ref _authTimeouts);

    public IReadOnlyCollection<DateTimeOffset> AuthAttempts => _authAttempts;

    public IReadOnlyCollection<ReceivedFrame> ReceivedFrames => _received;

    public int OpenSessions => _sessions.Count;

    public static async Task<FakeHomeAssistant> StartAsync(HaGeneration generation = HaGeneration.From2026_9)
    {
        var fake = new FakeHomeAssistant(generation);
        (fake._app, fake.BaseUrl) = await LoopbackWebHost.StartAsync(app => app.Map("/api/websocket", fake.AcceptAsync));
        return fake;
    }

    /// <summary>
    /// HA upgraded (or downgraded) to <paramref name="generation"/>: a restart, so every connection closes and the
    /// notices, which HA keeps in memory only, are gone; the services configured so far stay.
    /// </summary>
    public async Task RestartAsAsync(HaGeneration generation)
    {
        Become(generation);
        await CloseConnectionsAsync();
    }

    /// <summary>Waits until <paramref name="condition"/> holds on the fake's state.</summary>
    public Task WaitUntilAsync(Func<FakeHomeAssistant, bool> condition, string what) =>
        _changed.WaitUntilAsync(() => condition(this), TestSettings.Timeout, what);

    public Task<ReceivedFrame> WaitForCommandAsync(string type, int connection = 0) =>
        WaitForCommandAsync(frame => frame.Type == type && (connection == 0 || frame.Connection == connection), type);

    public async Task<ReceivedFrame> WaitForCommandAsync(Func<ReceivedFrame, bool> match, string what)
    {
        ReceivedFrame? found = null;
        await _changed.WaitUntilAsync(() => (found = _received.FirstOrDefault(match)) is not null, TestSettings.Timeout, what);
        return found!;
    }

    /// <summary>Fields laid over the recorded <c>get_config</c> answer, e.g. <c>external_url</c>.</summary>
    public JObject ConfigOverrides { get; } = [];

    public JObject Config()
    {
        var config = (JObject)TestData("get_config.json");
        config["version"] = HaVersion; // recorded on 2022.12; each generation answers with its own
        config.Merge(ConfigOverrides);
        return config;
    }

    public JArray States()
    {
        var states = (JArray)TestData("get_states.json");
        foreach (var state in Notifications.Entities().Concat(_extraStates))
        {
            states.Add(state);
        }
        return states;
    }

    /// <summary>Adds states to <c>get_states</c>, e.g. enough to make a huge frame.</summary>
    public void AddStates(IEnumerable<JObject> states)
    {
        foreach (var state in states)
        {
            _extraStates.Enqueue(state);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        _stopping.Dispose();
    }

    private void Become(HaGeneration generation)
    {
        Generation = generation;
        if (!generation.NoticesAreEntities())
        {
            Services.Add("persistent_notification", "dismiss_all");
        }
        if (generation.Release().CompareTo(FakeServiceSchemas.NotifyEntities) >= 0)
        {
            Services.Add("notify", "send_message");
        }
        Notifications = new FakeNotifications(generation, SendNotificationUpdate, FireStateChanged);
    }

    internal JToken TestData(string file) =>
        JToken.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "HomeAssistant", file)));

    internal void Received(ReceivedFrame frame)
    {
        _received.Enqueue(frame);
        Changed();
    }

    internal void AuthAttempted()
    {
        _authAttempts.Enqueue(DateTimeOffset.UtcNow);
        Changed();
    }

    internal void AuthTimedOut()
    {
        Interlocked.Increment(ref _authTimeouts);
        Changed();
    }

    internal void Authenticated()
    {
        Interlocked.Increment(ref _authenticated);
        Changed();
    }

    internal void ArrayFrameSent()
    {
        Interlocked.Increment(ref _arrayFrames);
        Changed();
    }

    /// <summary>HA logs it at ERROR, which system_log keeps ("Client unable to keep up with pending messages").</summary>
    internal void ClientFellBehind()
    {
        SystemLog.Add("homeassistant.components.websocket_api.http.connection", "ERROR", "components/websocket_api/http.py", 150,
            "Client unable to keep up with pending messages. The system's load is too high or an integration is misbehaving", DateTimeOffset.UtcNow);
        Interlocked.Increment(ref _droppedForFallingBehind);
        Changed();
    }

    internal void SessionEnded(FakeHomeAssistantSession session)
    {
        _sessions.TryRemove(session, out _);
        Changed();
    }

    internal void Changed() => _changed.Signal();

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new FakeHomeAssistantSession(this, socket, Interlocked.Increment(ref _connections));
        _sessions[session] = 0;
        Changed();
        await session.RunAsync(_stopping.Token);
    }
}
