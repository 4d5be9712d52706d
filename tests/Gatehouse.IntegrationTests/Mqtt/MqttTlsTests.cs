using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>
/// TLS against a real mosquitto, with the real binary: the certificate is validated against the system's trust
/// store and the host name. The test trusts its own certificate through SSL_CERT_FILE, which OpenSSL (and so .NET
/// on Linux) reads as the trust store, so nothing on the machine changes.
/// </summary>
public sealed class MqttTlsTests : IAsyncLifetime
{
    private string _directory = null!;

    public Task InitializeAsync()
    {
        _directory = Directory.CreateTempSubdirectory("gatehouse-tls-").FullName;
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TrustedCertificateForTheHost_Connects()
    {
        var certificate = TestCertificate.Create("127.0.0.1");
        await using var broker = await MosquittoBroker.StartNewAsync(new MosquittoOptions { Tls = certificate });
        await using var gatehouse = await StartGatehouseAsync(broker, trusted: certificate.CertificatePem);

        await gatehouse.WaitForLineAsync("Connected to the MQTT broker");
    }

    [Fact]
    public async Task TrustedCertificateForAnotherHost_IsRefused()
    {
        var certificate = TestCertificate.Create("broker.example.net");
        await using var broker = await MosquittoBroker.StartNewAsync(new MosquittoOptions { Tls = certificate });
        broker.ExpectError("OpenSSL Error"); // the handshake Gatehouse rightly aborted
        await using var gatehouse = await StartGatehouseAsync(broker, trusted: certificate.CertificatePem);

        var line = await gatehouse.WaitForLineAsync("TLS with the MQTT broker");

        Assert.Contains("ERROR", line, StringComparison.Ordinal);
        Assert.DoesNotContain(gatehouse.Output, l => l.Contains("Connected to the MQTT broker", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrivateCaFromTheSslFolder_Connects()
    {
        // Not trusted by the system's store (no SSL_CERT_FILE): only mqtt_ca_file makes the broker trusted.
        var certificate = TestCertificate.Create("127.0.0.1");
        await using var broker = await MosquittoBroker.StartNewAsync(new MosquittoOptions { Tls = certificate });
        var ssl = Directory.CreateDirectory(Path.Combine(_directory, "ssl")).FullName;
        await File.WriteAllTextAsync(Path.Combine(ssl, "home-ca.pem"), certificate.CertificatePem);

        await using var gatehouse = await GatehouseWithBroker.StartAsync(broker, _directory, tls: true, new Dictionary<string, string?>
        {
            ["GATEHOUSE_SSL"] = ssl,
            ["SSL_CERT_DIR"] = _directory,
            ["SSL_CERT_FILE"] = Path.Combine(_directory, "no-system-roots.pem"),
        }, caFile: "home-ca.pem");

        await gatehouse.WaitForLineAsync("Connected to the MQTT broker");
    }

    [Fact]
    public async Task CaFileMissing_SaysSoAndDoesNotConnect()
    {
        var certificate = TestCertificate.Create("127.0.0.1");
        await using var broker = await MosquittoBroker.StartNewAsync(new MosquittoOptions { Tls = certificate });
        var ssl = Directory.CreateDirectory(Path.Combine(_directory, "ssl")).FullName;

        await using var gatehouse = await GatehouseWithBroker.StartAsync(broker, _directory, tls: true, new Dictionary<string, string?> { ["GATEHOUSE_SSL"] = ssl }, caFile: "home-ca.pem");

        await gatehouse.WaitForLineAsync("mqtt_ca_file home-ca.pem cannot be read");
        Assert.DoesNotContain(gatehouse.Output, l => l.Contains("Connected to the MQTT broker", StringComparison.Ordinal));
    }

    private async Task<GatehouseProcess> StartGatehouseAsync(MosquittoBroker broker, string trusted)
    {
        var trustStore = Path.Combine(_directory, "trusted.pem");
        await File.WriteAllTextAsync(trustStore, trusted);
        return await GatehouseWithBroker.StartAsync(broker, _directory, tls: true, new Dictionary<string, string?>
        {
            ["SSL_CERT_FILE"] = trustStore,
            ["SSL_CERT_DIR"] = _directory,
        });
    }
}
