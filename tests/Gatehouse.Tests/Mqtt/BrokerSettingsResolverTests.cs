using Gatehouse.Mqtt.Broker;
using Gatehouse.Options;
using MQTTnet.Formatter;

namespace Gatehouse.Tests.Mqtt;

public sealed class BrokerSettingsResolverTests : IDisposable
{
    private static readonly MqttServiceInfo Mosquitto = new("core-mosquitto", 1883, Ssl: false, "3.1.1", "addons", "addon-secret");
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

        var fromOptions = await Resolve(new GatehouseOptions { MqttHost = "broker.lan", MqttTls = true, MqttCaFile = option }, MqttServiceLookup.Found(Mosquitto));
        var fromSupervisor = await Resolve(new GatehouseOptions { MqttCaFile = option }, MqttServiceLookup.Found(Mosquitto));

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

        var resolution = await new BrokerSettingsResolver(new GatehouseOptions { MqttHost = "broker.lan", MqttTls = true, MqttCaFile = option }, Standalone, new Locator(MqttServiceLookup.Found(Mosquitto)))
            .ResolveAsync(CancellationToken.None);

        Assert.Null(resolution.Settings);
        Assert.False(resolution.Retry);
        Assert.Contains($"mqtt_ca_file {option} {expected}", resolution.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_NoOptions_UsesTheSupervisorsService()
    {
        var settings = await Resolve(new GatehouseOptions(), MqttServiceLookup.Found(Mosquitto));

        Assert.Equal(new BrokerSettings("core-mosquitto", 1883, "addons", "addon-secret", false, MqttProtocolVersion.V311, "the Supervisor's MQTT service"), settings);
    }

    [Fact]
    public async Task ResolveAsync_HostOption_WinsAndNeverBorrowsTheAddonsAccount()
    {
        var locator = new Locator(MqttServiceLookup.Found(Mosquitto));
        var resolution = await new BrokerSettingsResolver(new GatehouseOptions { MqttHost = "192.168.1.5", MqttTls = true }, Standalone, locator).ResolveAsync(CancellationToken.None);

        Assert.Equal(new BrokerSettings("192.168.1.5", BrokerSettings.DefaultTlsPort, null, null, true, MqttProtocolVersion.V311, "option mqtt_host"), resolution.Settings);
        Assert.Equal(0, locator.Calls);
    }

    [Fact]
    public async Task ResolveAsync_EachSetOptionWinsOverItsSupervisorField()
    {
        var options = new GatehouseOptions { MqttPort = 1884, MqttUsername = "me", MqttPassword = "mine", MqttTls = true };

        var settings = await Resolve(options, MqttServiceLookup.Found(Mosquitto with { Protocol = "3.1" }));

        Assert.Equal(new BrokerSettings("core-mosquitto", 1884, "me", "mine", true, MqttProtocolVersion.V310, "the Supervisor's MQTT service"), settings);
    }

    [Fact]
    public async Task ResolveAsync_UsernameOptionWithoutPassword_DoesNotSendTheAddonsPassword()
    {
        var settings = await Resolve(new GatehouseOptions { MqttUsername = "me" }, MqttServiceLookup.Found(Mosquitto));

        Assert.Equal(("me", null), (settings!.Username, settings.Password));
    }

    [Fact]
    public async Task ResolveAsync_NoService_SaysWhyAndWhetherToRetry()
    {
        var resolution = await new BrokerSettingsResolver(new GatehouseOptions(), Standalone, new Locator(MqttServiceLookup.None("Service not enabled", retry: true)))
            .ResolveAsync(CancellationToken.None);

        Assert.Equal(BrokerResolution.Unresolved("Service not enabled", retry: true), resolution);
    }

    [Fact]
    public void ToString_NeverShowsThePassword()
    {
        var settings = new BrokerSettings("h", 1, "u", "p4ssw0rd-secret", false, MqttProtocolVersion.V311, "test");

        Assert.DoesNotContain("p4ssw0rd-secret", settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("addon-secret", Mosquitto.ToString(), StringComparison.Ordinal);
    }

    private async Task<BrokerSettings?> Resolve(GatehouseOptions options, MqttServiceLookup lookup) =>
        (await new BrokerSettingsResolver(options, Standalone, new Locator(lookup)).ResolveAsync(CancellationToken.None)).Settings;

    private sealed class Locator(MqttServiceLookup lookup) : IMqttServiceLocator
    {
        public int Calls { get; private set; }

        public Task<MqttServiceLookup> FindAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(lookup);
        }
    }
}
