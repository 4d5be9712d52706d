using Gatehouse.Checks;
using Gatehouse.Checks.Live;
using Gatehouse.Hosting;
using Gatehouse.HaConnection;
using Gatehouse.Logins;
using Gatehouse.Logins.Alerting;
using Gatehouse.Logins.Recording;
using Gatehouse.Logins.Watching;
using Gatehouse.Mqtt.Connection;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gatehouse.Tests.Hosting;

public sealed class GatehouseHostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gatehouse-host-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    [Trait("Issue", "14")]
    public void Build_StopOrder_PipelineDrainsThenOfflineThenQuartzThenHa()
    {
        using var host = GatehouseHost.Build(Configuration());

        // The host stops its services in the reverse of this order, one after the other, all within one budget.
        var parts = host.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).Reverse().ToList();

        var order = new[] { nameof(LoginMonitor), nameof(AssuredMqttConnection), "QuartzHostedService", nameof(HomeAssistantConnectionService) };
        Assert.Equal(order, parts.Where(order.Contains));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Build_WithOrWithoutALiveHa_EveryPartResolves_AbsentOnesAsTheirStandIns(bool liveHa)
    {
        using var host = GatehouseHost.Build(Configuration(liveHa));
        using var scope = host.Services.CreateScope();

        Assert.NotEmpty(host.Services.GetServices<IHostedService>());
        Assert.NotEmpty(host.Services.GetServices<ICheckReportListener>());
        Assert.NotEmpty(scope.ServiceProvider.GetServices<ISecurityCheck>());
        Assert.Equal(liveHa, scope.ServiceProvider.GetRequiredService<ILiveHomeAssistant>() is LiveHomeAssistant);
        Assert.Equal(liveHa, host.Services.GetRequiredService<INotifyChannel>() is HomeAssistantNotifyChannel);
        Assert.IsType<AttemptLog>(host.Services.GetRequiredService<ILoginFiguresSource>());
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task RunAsync_APartFails_ExitsNonZeroNamingIt()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new());
        builder.Services.AddHostedService<FailingPart>();
        using var host = builder.Build();
        var said = new StringWriter();

        var exitCode = await GatehouseHost.RunAsync(host, said, CancellationToken.None).WaitAsync(TestSettings.Timeout);

        Assert.Equal(3, exitCode);
        Assert.Contains("FailingPart", said.ToString(), StringComparison.Ordinal);
        Assert.Contains("the disk is on fire", said.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task RunAsync_StoppedCleanly_ExitsZero()
    {
        using var host = Host.CreateEmptyApplicationBuilder(new()).Build();
        using var stop = new CancellationTokenSource();
        var said = new StringWriter();

        var running = GatehouseHost.RunAsync(host, said, stop.Token);
        await stop.CancelAsync();

        Assert.Equal(0, await running.WaitAsync(TestSettings.Timeout));
        Assert.Empty(said.ToString());
    }

    private GatehouseConfiguration Configuration(bool liveHa = true)
    {
        var options = Path.Combine(_folder, "options.json");
        File.WriteAllText(options, """{"notify_services": ["notify.phone"], "mqtt_host": "127.0.0.1", "mqtt_port": 1}""");
        var variables = new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = options,
            ["GATEHOUSE_DATA"] = _folder,
            ["GATEHOUSE_HA_CONFIG"] = _folder,
            ["HA_URL"] = liveHa ? "http://127.0.0.1:1" : null,
            ["HA_TOKEN"] = liveHa ? "not-a-real-token" : null,
        };
        return ConfigurationLoader.Load(name => variables.GetValueOrDefault(name));
    }

    private sealed class FailingPart : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new IOException("the disk is on fire");
        }
    }
}
