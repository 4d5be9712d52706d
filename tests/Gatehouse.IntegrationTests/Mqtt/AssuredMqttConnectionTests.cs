using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.IntegrationTests.Fakes.Supervisor;
using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.Logging;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>The connection against a real mosquitto that restarts, starts late, refuses a password or has an untrusted certificate.</summary>
public sealed class AssuredMqttConnectionTests
{
    private const int Connected = EventIds.Mqtt + 1;
    private const int Unreachable = EventIds.Mqtt + 2;
    private const int CredentialsRefused = EventIds.Mqtt + 4;
    private const int TlsFailed = EventIds.Mqtt + 5;
    private const int LoopFailed = EventIds.Mqtt + 21;

    [Fact]
    public async Task BrokerRestart_ReconnectsAndPublishesEverythingAgain()
    {
        await using var broker = await MosquittoBroker.StartNewAsync();
        await using var host = await MqttEntitiesHost.StartAsync(MqttEntitiesHost.OptionsFor(broker), MqttEntitiesHost.WithChecks(Samples.Checks()) + MqttEntitiesHost.WithFigures(Samples.Figures()));
        await host.Logins.OnAttemptsAsync([Samples.Attempt()], Samples.Figures(), CancellationToken.None);
        await host.Reports.OnReportAsync(Samples.Report(), CancellationToken.None);
        await using (var before = await MqttProbe.ConnectAsync(broker, "gatehouse/+/state"))
        {
            await before.WaitForAsync("gatehouse/security_score/state");
        }

        // No persistence: the restarted broker has lost every retained config and state.
        await broker.StopAsync();
        await broker.StartAsync();

        await using var after = await MqttProbe.ConnectAsync(broker, Samples.AllConfigs, "gatehouse/#");
        await after.WaitUntilAsync(m => Samples.HasAllConfigs(m), "configs after the restart");
        await after.WaitForAsync("gatehouse/security_score/state", m => m.Payload == "72");
        await after.WaitForAsync("gatehouse/failed_logins_24h/state", m => m.Payload == "3");
        await after.WaitForAsync("gatehouse/availability", m => m.Payload == "online");
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Message.StartsWith("Lost the connection to the MQTT broker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BrokerDownAtStart_AttemptsAreNotHeldUp_AndEntitiesAppearOnceItIsUp()
    {
        await using var broker = await MosquittoBroker.CreateAsync();
        await using var host = await MqttEntitiesHost.StartAsync(MqttEntitiesHost.OptionsFor(broker), MqttEntitiesHost.WithChecks(Samples.Checks()) + MqttEntitiesHost.WithFigures(Samples.Figures(last24Hours: 1)));
        await host.WaitForLogAsync(r => r.Id.Id == Unreachable, "the broker-unreachable warning");

        // The login pipeline calls in while the broker is away: it must not wait for MQTT.
        var published = host.Logins.OnAttemptsAsync([Samples.Attempt()], Samples.Figures(last24Hours: 1), CancellationToken.None);
        Assert.True(published.IsCompletedSuccessfully, "OnAttemptsAsync waited for the broker");

        await broker.StartAsync();
        await using var ha = await MqttProbe.ConnectAsync(broker, Samples.AllConfigs, "gatehouse/+/state");
        await ha.WaitUntilAsync(m => Samples.HasAllConfigs(m), "configs once the broker is up");
        await ha.WaitForAsync("gatehouse/failed_logins_24h/state", m => m.Payload == "1");
        var warnings = host.Logs.GetSnapshot().Where(r => r.Id.Id == Unreachable).ToList();
        Assert.Single(warnings);
        Assert.Equal(LogLevel.Warning, warnings[0].Level);
        Assert.Contains($"127.0.0.1:{broker.Port}", warnings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedFailure_IsLoggedAndTheConnectionStartsAgain_WithoutStoppingTheHost()
    {
        await using var broker = await MosquittoBroker.StartNewAsync();
        await using var supervisor = await FakeSupervisor.StartAsync();
        supervisor.SetData("/services/mqtt", $$"""{"host": "{{broker.Host}}", "port": {{broker.Port}}, "ssl": false, "protocol": "3.1.1"}""");
        // The Supervisor client's own seam: its HttpClient, here with a bug that shows once (the first call throws).
        await using var host = await MqttEntitiesHost.StartAsync(new GatehouseOptions(),
            services => services.AddHttpClient(nameof(ISupervisorClient)).AddHttpMessageHandler(() => new ThrowingOnce()),
            supervisor: new SupervisorEndpoint(supervisor.BaseUrl, FakeSupervisor.AddonToken));

        var failed = await host.WaitForLogAsync(r => r.Id.Id == LoopFailed, "the loop failure");
        await host.WaitForLogAsync(r => r.Id.Id == Connected, "connected after the restart");

        Assert.Equal(LogLevel.Error, failed.Level);
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task CredentialsRefused_LogsOneClearLineWithoutThePassword()
    {
        const string WrongPassword = "wrong-Pa55word-value";
        await using var broker = await MosquittoBroker.StartNewAsync(new MosquittoOptions { Account = ("gatehouse-user", "the-right-password") });
        var options = MqttEntitiesHost.OptionsFor(broker) with { MqttUsername = "gatehouse-user", MqttPassword = WrongPassword };
        await using var host = await MqttEntitiesHost.StartAsync(options);

        var refused = await host.WaitForLogAsync(r => r.Id.Id == CredentialsRefused, "the credentials-refused error");
        await broker.WaitForLogAsync("not authorised", count: 3); // it kept retrying meanwhile…

        Assert.Equal(LogLevel.Error, refused.Level);
        Assert.Contains($"127.0.0.1:{broker.Port}", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'gatehouse-user'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("authentication refused", refused.Message, StringComparison.Ordinal);
        Assert.Contains("mqtt_password", refused.Message, StringComparison.Ordinal);
        Assert.Single(host.Logs.GetSnapshot(), r => r.Id.Id == CredentialsRefused); // …but said so once
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Message.Contains(WrongPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Id.Id == Connected);
    }

    [Fact]
    public async Task RightCredentials_Connect()
    {
        await using var broker = await MosquittoBroker.StartNewAsync(new MosquittoOptions { Account = ("gatehouse-user", "the-right-password") });
        var options = MqttEntitiesHost.OptionsFor(broker) with { MqttUsername = "gatehouse-user", MqttPassword = "the-right-password" };
        await using var host = await MqttEntitiesHost.StartAsync(options);

        await host.WaitForLogAsync(r => r.Id.Id == Connected, "connected");
    }

    [Fact]
    public async Task Tls_UntrustedCertificate_IsRefusedWithAClearLine()
    {
        await using var broker = await MosquittoBroker.StartNewAsync(new MosquittoOptions { Tls = TestCertificate.Create("127.0.0.1") });
        broker.ExpectError("OpenSSL Error"); // the broker reports the handshake Gatehouse rightly aborted
        var options = MqttEntitiesHost.OptionsFor(broker) with { MqttTls = true };
        await using var host = await MqttEntitiesHost.StartAsync(options);

        var failed = await host.WaitForLogAsync(r => r.Id.Id == TlsFailed, "the TLS error");

        Assert.Equal(LogLevel.Error, failed.Level);
        Assert.Contains($"127.0.0.1:{broker.Port}", failed.Message, StringComparison.Ordinal);
        Assert.Contains("mqtt_tls", failed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), r => r.Id.Id == Connected);
    }

    /// <summary>A bug that shows once: the first request throws what no HTTP failure would.</summary>
    private sealed class ThrowingOnce : DelegatingHandler
    {
        private int _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == 1
                ? throw new InvalidOperationException("a bug")
                : base.SendAsync(request, cancellationToken);
    }
}
