using System.Net;
using Gatehouse.HomeAssistant.Supervisor.Models;
using Gatehouse.Mqtt.Broker;
using Gatehouse.Options;
using Gatehouse.Tests.Checks;
using MQTTnet.Formatter;

namespace Gatehouse.Tests.Mqtt;

public sealed class BrokerSettingsResolverTests : IDisposable
{
    /// <summary>What the Mosquitto add-on registers, as the Supervisor answers <c>/services/mqtt</c>.</summary>
    private const string Mosquitto = """{"addon": "core_mosquitto", "host": "core-mosquitto", "port": 1883, "ssl": false, "protocol": "3.1.1", "username": "addons", "password": "addon-secret"}""";
    private readonly string _ssl = Directory.CreateTempSubdirectory("gatehouse-ssl-").FullName;

    private GatehouseEnvironment Standalone => new() { OptionsFile = "", OptionsFileRequired = false, DataDirectory = _ssl, HaConfigDirectory = _ssl, SslDirectory = _ssl };

    public void Dispose() => Directory.Delete(_ssl, recursive: true);

    [Theory]
    [InlineData("private-ca.pem")]
    [InlineData("/ssl/private-ca.pem")]
    public async Task ResolveAsync_CaFile_IsTheTrustedRootForEitherBroker(string option)
    {
        using var key = System.Security.Cryptography.ECDsa.Create();
        using var ca = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Home CA", key, System.Security.Cryptography.HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        await File.WriteAllTextAsync(Path.Combine(_ssl, "private-ca.pem"), ca.ExportCertificatePem());

        var fromOptions = await Resolve(new GatehouseOptions { MqttHost = "broker.lan", MqttTls = true, MqttCaFile = option }, AnsweringSupervisor.Ok(Mosquitto));
        var fromSupervisor = await Resolve(new GatehouseOptions { MqttCaFile = option }, AnsweringSupervisor.Ok(Mosquitto));

        Assert.Equal(ca.Thumbprint, Assert.Single(fromOptions!.TrustedCa!).Thumbprint);
        Assert.Equal(ca.Thumbprint, Assert.Single(fromSupervisor!.TrustedCa!).Thumbprint);
        Assert.Contains("private CA", fromOptions.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.pem", "cannot be read")]
    [InlineData("not-pem.pem", "holds no certificate")]
    public async Task ResolveAsync_CaFileUnusable_IsAProblemNotRetried(string option, string expected)
    {
        await File.WriteAllTextAsync(Path.Combine(_ssl, "not-pem.pem"), "hello");

        var resolution = await new BrokerSettingsResolver(new GatehouseOptions { MqttHost = "broker.lan", MqttTls = true, MqttCaFile = option }, Standalone, AnsweringSupervisor.Ok(Mosquitto).Client())
            .ResolveAsync(CancellationToken.None);

        Assert.Null(resolution.Settings);
        Assert.False(resolution.Retry);
        Assert.Contains($"mqtt_ca_file {option} {expected}", resolution.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_NoOptions_UsesTheSupervisorsService()
    {
        var settings = await Resolve(new GatehouseOptions(), AnsweringSupervisor.Ok(Mosquitto));

        Assert.Equal(new BrokerSettings("core-mosquitto", 1883, "addons", "addon-secret", false, MqttProtocolVersion.V311, "the Supervisor's MQTT service"), settings);
    }

    [Fact]
    public async Task ResolveAsync_HostOption_WinsAndNeverBorrowsTheAddonsAccount()
    {
        var supervisor = AnsweringSupervisor.Ok(Mosquitto);
        var resolution = await new BrokerSettingsResolver(new GatehouseOptions { MqttHost = "192.168.1.5", MqttTls = true }, Standalone, supervisor.Client()).ResolveAsync(CancellationToken.None);

        Assert.Equal(new BrokerSettings("192.168.1.5", BrokerSettings.DefaultTlsPort, null, null, true, MqttProtocolVersion.V311, "option mqtt_host"), resolution.Settings);
        Assert.Equal(0, supervisor.Calls);
    }

    [Fact]
    public async Task ResolveAsync_EachSetOptionWinsOverItsSupervisorField()
    {
        var options = new GatehouseOptions { MqttPort = 1884, MqttUsername = "me", MqttPassword = "mine", MqttTls = true };

        var settings = await Resolve(options, AnsweringSupervisor.Ok(Mosquitto.Replace("3.1.1", "3.1", StringComparison.Ordinal)));

        Assert.Equal(new BrokerSettings("core-mosquitto", 1884, "me", "mine", true, MqttProtocolVersion.V310, "the Supervisor's MQTT service"), settings);
    }

    [Fact]
    public async Task ResolveAsync_UsernameOptionWithoutPassword_DoesNotSendTheAddonsPassword()
    {
        var settings = await Resolve(new GatehouseOptions { MqttUsername = "me" }, AnsweringSupervisor.Ok(Mosquitto));

        Assert.Equal(("me", null), (settings!.Username, settings.Password));
    }

    [Fact]
    public async Task ResolveAsync_NoService_SaysWhyAndAsksAgainLater()
    {
        var supervisor = AnsweringSupervisor.Error(HttpStatusCode.BadRequest, "Service not enabled");

        var resolution = await new BrokerSettingsResolver(new GatehouseOptions(), Standalone, supervisor.Client()).ResolveAsync(CancellationToken.None);

        Assert.Equal(BrokerResolution.Unresolved("the Supervisor announced no MQTT broker (The Supervisor answered /services/mqtt with an error (HTTP 400): Service not enabled)", retry: true), resolution);
        Assert.Equal(["/services/mqtt"], supervisor.Paths);
    }

    [Fact]
    public async Task ResolveAsync_NoMqttServicePermission_SaysWhatConfigYamlNeeds_NotAskedAgain()
    {
        var supervisor = AnsweringSupervisor.Error(HttpStatusCode.Forbidden, "No access to services/mqtt");

        var resolution = await new BrokerSettingsResolver(new GatehouseOptions(), Standalone, supervisor.Client()).ResolveAsync(CancellationToken.None);

        Assert.False(resolution.Retry);
        Assert.Contains("the add-on needs 'services: mqtt:need' in config.yaml", resolution.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_NoSupervisorAndNoHostOption_SaysSo_NotAskedAgain()
    {
        var resolution = await new BrokerSettingsResolver(new GatehouseOptions(), Standalone, TestEnvironment.NoSupervisor()).ResolveAsync(CancellationToken.None);

        Assert.Equal(BrokerResolution.Unresolved("Gatehouse runs outside the add-on (no Supervisor) and mqtt_host is not set", retry: false), resolution);
    }

    [Fact]
    public void ToString_NeverShowsThePassword()
    {
        var settings = new BrokerSettings("h", 1, "u", "p4ssw0rd-secret", false, MqttProtocolVersion.V311, "test");

        Assert.DoesNotContain("p4ssw0rd-secret", settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("addon-secret", new MqttService { Host = "core-mosquitto", Password = "addon-secret" }.ToString(), StringComparison.Ordinal);
    }

    private async Task<BrokerSettings?> Resolve(GatehouseOptions options, AnsweringSupervisor supervisor) =>
        (await new BrokerSettingsResolver(options, Standalone, supervisor.Client()).ResolveAsync(CancellationToken.None)).Settings;
}
