using Gatehouse.Checks;
using Gatehouse.HaConnection;
using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.Logins;
using Gatehouse.Mqtt;
using Gatehouse.Mqtt.Connection;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>
/// Gatehouse's MQTT side in-process, registered exactly as the host does (<c>AddMqttEntities</c>), with short
/// retry timings and logs captured, so tests can drive the listeners and read what was logged.
/// </summary>
internal sealed class MqttEntitiesHost : IAsyncDisposable
{
    public static readonly MqttConnectionTimings FastTimings = new()
    {
        PingInterval = TimeSpan.FromMilliseconds(200),
        FirstRetryDelay = TimeSpan.FromMilliseconds(100),
        MaxRetryDelay = TimeSpan.FromMilliseconds(400),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    };

    private readonly IHost _host;
    private readonly SemaphoreSlim _logged;
    private readonly string? _ownData;

    private MqttEntitiesHost(IHost host, SemaphoreSlim logged, string? ownData)
    {
        _host = host;
        _logged = logged;
        _ownData = ownData;
    }

    public IServiceProvider Services => _host.Services;

    public FakeLogCollector Logs => _host.Services.GetFakeLogCollector();

    public ILoginActivityListener Logins => _host.Services.GetRequiredService<ILoginActivityListener>();

    public ICheckReportListener Reports => _host.Services.GetRequiredService<ICheckReportListener>();

    public static GatehouseOptions OptionsFor(MosquittoBroker broker) => new() { MqttHost = broker.Host, MqttPort = broker.Port };

    /// <param name="supervisor">The (fake) Supervisor to ask for the broker when <c>mqtt_host</c> is not set.</param>
    /// <param name="dataDirectory">Gatehouse's data folder (its client id, the discovery prefix it last used); a fresh one when null.</param>
    public static async Task<MqttEntitiesHost> StartAsync(GatehouseOptions options, Action<IServiceCollection>? configure = null, SupervisorEndpoint? supervisor = null, string? dataDirectory = null)
    {
        var ownData = dataDirectory is null ? Directory.CreateTempSubdirectory("gatehouse-mqtt-data-").FullName : null;
        var environment = new GatehouseEnvironment
        {
            OptionsFile = "/nonexistent/options.json",
            OptionsFileRequired = false,
            DataDirectory = dataDirectory ?? ownData!,
            HaConfigDirectory = Path.GetTempPath(),
            Supervisor = supervisor,
        };
        var configuration = new GatehouseConfiguration(options, environment);
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        var logged = new SemaphoreSlim(0);
        builder.Logging.AddFakeLogging(o => o.OutputSink = _ => logged.Release());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(environment);
        builder.Services.AddHomeAssistant(configuration);
        builder.Services.AddMqttEntities(configuration);
        builder.Services.Replace(ServiceDescriptor.Singleton(FastTimings));
        configure?.Invoke(builder.Services);
        // What the host's other rooms give the MQTT side, unless the test gives its own to look at: the attempt log's
        // figures and the check scheduler the button asks.
        builder.Services.TryAddSingleton<ILoginFiguresSource>(new FixedFiguresSource());
        builder.Services.TryAddSingleton<ICheckRunRequester>(new RecordingRunRequester());
        // Catch a singleton holding a scoped service (the checks are scoped) as the host would fail on it in development.
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        var host = builder.Build();
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        await host.StartAsync(timeout.Token);
        return new MqttEntitiesHost(host, logged, ownData);
    }

    public static Action<IServiceCollection> WithChecks(params ISecurityCheck[] checks) =>
        services => checks.ToList().ForEach(c => services.AddScoped(_ => c)); // scoped, as the real checks are

    /// <summary>
    /// The attempt log's figures after the attempts the test reports: the entities read them again on each announce,
    /// as they read the real log, which has recorded an attempt before the listeners hear of it.
    /// </summary>
    public static Action<IServiceCollection> WithFigures(LoginFigures figures) =>
        services => services.AddSingleton<ILoginFiguresSource>(new FixedFiguresSource { Current = figures });

    /// <summary>Waits until a log record satisfies <paramref name="match"/>; fails with the log so far on timeout.</summary>
    public async Task<FakeLogRecord> WaitForLogAsync(Func<FakeLogRecord, bool> match, string what)
    {
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        while (true)
        {
            if (Logs.GetSnapshot().FirstOrDefault(match) is { } record)
            {
                return record;
            }
            try
            {
                await _logged.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No log record for {what}. Log:\n{string.Join('\n', Logs.GetSnapshot().Select(r => r.Message))}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
        _logged.Dispose();
        if (_ownData is not null)
        {
            Directory.Delete(_ownData, recursive: true);
        }
    }
}
