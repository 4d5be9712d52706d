using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Transport;
using Gatehouse.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Gatehouse.IntegrationTests.HomeAssistant.Client;

/// <summary>A real <see cref="HomeAssistantClient"/> running against an endpoint, with its log captured.</summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _run;

    public ClientHarness(HomeAssistantEndpoint endpoint, Func<HomeAssistantClientOptions, HomeAssistantClientOptions>? tune = null, TimeProvider? time = null)
    {
        var options = new HomeAssistantClientOptions(endpoint)
        {
            ReconnectMinDelay = TimeSpan.FromMilliseconds(20),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
            CommandTimeout = TestSettings.Timeout,
        };
        Client = new HomeAssistantClient(tune?.Invoke(options) ?? options, new WebSocketTransportFactory(new FakeLogger<WebSocketTransport>(Logs)), time ?? TimeProvider.System,
            new FakeLogger<HomeAssistantClient>(Logs));
        _run = Client.RunAsync(_stopping.Token);
        Timeout = new CancellationTokenSource(TestSettings.Timeout);
    }

    public HomeAssistantClient Client { get; }

    public FakeLogCollector Logs { get; } = new();

    /// <summary>The bound of every await in a test.</summary>
    public CancellationTokenSource Timeout { get; }

    public IReadOnlyList<FakeLogRecord> LogRecords => Logs.GetSnapshot();

    public IEnumerable<FakeLogRecord> At(LogLevel level) => LogRecords.Where(record => record.Level == level);

    /// <summary>Waits for the <paramref name="number"/>-th ready session.</summary>
    public async Task<HomeAssistantConnected> WaitForSessionAsync(int number)
    {
        await foreach (var connected in Client.WatchConnectionsAsync(Timeout.Token))
        {
            if (connected.Number >= number)
            {
                return connected;
            }
        }
        throw new OperationCanceledException();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _run.WaitAsync(TestSettings.Timeout);
        _stopping.Dispose();
        Timeout.Dispose();
    }
}
