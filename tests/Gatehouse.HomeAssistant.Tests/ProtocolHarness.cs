using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Connection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Tests;

/// <summary>
/// The real <see cref="HomeAssistantClient"/> running on fake transports in fake time: the test plays HA, frame by
/// frame, and moves the clock.
/// </summary>
internal sealed class ProtocolHarness : IAsyncDisposable
{
    public const string Token = "protocol-test-token-51c0";

    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _run;

    public ProtocolHarness()
    {
        Options = new HomeAssistantClientOptions(HomeAssistantEndpoint.Standalone(new Uri("http://ha.test:8123"), Token));
        Client = new HomeAssistantClient(Options, Transports, Time, Logger);
        _run = Client.RunAsync(_stopping.Token);
    }

    public HomeAssistantClientOptions Options { get; }

    public FakeTimeProvider Time { get; } = new();

    public FakeTransportFactory Transports { get; } = new();

    public RecordingLogger<HomeAssistantClient> Logger { get; } = new();

    public HomeAssistantClient Client { get; }

    /// <summary>Plays HA through the handshake on <paramref name="transport"/>: auth, then the coalescing opt-in.</summary>
    public static async Task HandshakeAsync(FakeTransport transport, string version = "2026.9.2")
    {
        transport.Receive($$"""{"type":"auth_required","ha_version":"{{version}}"}""");
        var auth = await transport.NextSentAsync();
        Assert.Equal(("auth", Token), ((string?)auth["type"], (string?)auth["access_token"]));
        transport.Receive($$"""{"type":"auth_ok","ha_version":"{{version}}"}""");
        var features = await transport.NextSentAsync();
        Assert.Equal(("supported_features", 1), ((string?)features["type"], (int)features["id"]!));
        transport.Receive("""{"id":1,"type":"result","success":true,"result":null}""");
    }

    /// <summary>Answers the command <paramref name="command"/> with an empty success.</summary>
    public static void Succeed(FakeTransport transport, JObject command) =>
        transport.Receive($$"""{"id":{{(int)command["id"]!}},"type":"result","success":true,"result":null}""");

    /// <summary>
    /// Moves the clock in steps until <paramref name="task"/> completes: the client registers its timers from its
    /// own threads, so one big jump could land before a timer exists.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> task, TimeSpan step)
    {
        var deadline = DateTime.UtcNow + TestTimeout.Value;
        while (!task.IsCompleted && DateTime.UtcNow < deadline)
        {
            Time.Advance(step);
            await Task.WhenAny(task, Task.Delay(5));
        }
        return await task;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _run.WaitAsync(TestTimeout.Value);
        _stopping.Dispose();
    }
}
