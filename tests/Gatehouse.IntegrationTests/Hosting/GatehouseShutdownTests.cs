using System.Diagnostics;
using Gatehouse.Hosting;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.IntegrationTests.Mqtt;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gatehouse.IntegrationTests.Hosting;

/// <summary>The host as <c>Gatehouse run</c> builds it, connected to a fake HA and a real mosquitto, stopped while idle.</summary>
public sealed class GatehouseShutdownTests : IAsyncLifetime
{
    /// <summary>An idle stop must take well under a second in all: each part gets a fraction of it.</summary>
    private static readonly TimeSpan PartBudget = TimeSpan.FromMilliseconds(250);

    private MosquittoBroker _broker = null!;
    private FakeHomeAssistant _ha = null!;
    private string _directory = null!;

    public async Task InitializeAsync()
    {
        _broker = await MosquittoBroker.StartNewAsync();
        _ha = await FakeHomeAssistant.StartAsync();
        _ha.Services.Add("notify", "phone");
        _directory = Directory.CreateTempSubdirectory("gatehouse-stop-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _ha.DisposeAsync();
        await _broker.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task IdleStop_EveryPartStopsWithinAFractionOfASecond()
    {
        using var host = GatehouseHost.Build(Configuration());
        await host.StartAsync();
        await using var ha = await MqttProbe.ConnectAsync(_broker, "gatehouse/availability");
        await ha.WaitForAsync("gatehouse/availability", m => m.Payload == "online");
        await _ha.WaitForCommandAsync("persistent_notification/subscribe");

        // Stopped one by one in the host's order, each timed: the message names the part that keeps the stop waiting.
        var slow = new List<string>();
        foreach (var part in host.Services.GetServices<IHostedService>().Reverse())
        {
            var watch = Stopwatch.StartNew();
            await part.StopAsync(CancellationToken.None).WaitAsync(TestSettings.Timeout);
            if (watch.Elapsed > PartBudget)
            {
                slow.Add($"{part.GetType().Name} took {watch.Elapsed.TotalMilliseconds:F0} ms");
            }
        }

        Assert.Empty(slow);
    }

    [Fact]
    [Trait("Issue", "14")]
    public async Task IdleStop_OfTheShippedBinary_TakesWellUnderASecond_AndExitsZero()
    {
        var variables = Variables();
        await using var gatehouse = GatehouseProcess.Start(variables, "run");
        await using var ha = await MqttProbe.ConnectAsync(_broker, "gatehouse/availability");
        await ha.WaitForAsync("gatehouse/availability", m => m.Payload == "online");
        await _ha.WaitForCommandAsync("persistent_notification/subscribe");
        await gatehouse.WaitForLineAsync("Security checks done", TimeSpan.FromSeconds(60));

        var watch = Stopwatch.StartNew();
        var exitCode = await gatehouse.StopAsync(TestSettings.Timeout);

        Assert.Equal(0, exitCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"stopping took {watch.Elapsed.TotalMilliseconds:F0} ms:\n{string.Join('\n', gatehouse.Output.TakeLast(8))}");
    }

    private GatehouseConfiguration Configuration()
    {
        var variables = Variables();
        return ConfigurationLoader.Load(name => variables.GetValueOrDefault(name));
    }

    private Dictionary<string, string?> Variables()
    {
        var options = Path.Combine(_directory, "options.json");
        File.WriteAllText(options, $$"""{"notify_services": ["notify.phone"], "mqtt_host": "{{_broker.Host}}", "mqtt_port": {{_broker.Port}}}""");
        var variables = new Dictionary<string, string?>
        {
            ["GATEHOUSE_OPTIONS"] = options,
            ["GATEHOUSE_DATA"] = _directory,
            ["GATEHOUSE_HA_CONFIG"] = _directory,
            ["HA_URL"] = _ha.BaseUrl.ToString(),
            ["HA_TOKEN"] = FakeHomeAssistant.Token,
        };
        return variables;
    }
}
