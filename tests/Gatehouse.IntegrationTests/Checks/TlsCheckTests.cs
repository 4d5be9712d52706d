using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Checks.Tls;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;

namespace Gatehouse.IntegrationTests.Checks;

/// <summary>tls against a loopback TLS server whose certificates the test makes, with HA's external URL pointing at it.</summary>
public sealed class TlsCheckTests : IAsyncLifetime
{
    private static readonly X509Certificate2 Authority = TestCertificates.CreateAuthority();
    private FakeHomeAssistant _ha = null!;

    public async Task InitializeAsync() => _ha = await FakeHomeAssistant.StartAsync();

    public async Task DisposeAsync() => await _ha.DisposeAsync();

    [Fact]
    public async Task RunAsync_CertificateFromATrustedCa_Passes()
    {
        var result = await RunAgainstAsync(Server("localhost", Authority, days: 90));

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Matches(@"^localhost serves a trusted certificate over TLS 1\.[23], valid for (89|90) more days\.$", result.Summary);
    }

    [Fact]
    public async Task RunAsync_HaServesTlsWithTheIntermediateProfile_Warns()
    {
        var folder = Directory.CreateTempSubdirectory("gatehouse-tls-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, ".storage"));
            await File.WriteAllTextAsync(Path.Combine(folder, ".storage", "http"),
                """{"version": 2, "key": "http", "data": {"stable": {"ssl_certificate": "/ssl/fullchain.pem", "ssl_key": "/ssl/privkey.pem", "ssl_profile": "intermediate"}, "pending": null, "yaml_migration_done": true}}""");

            var result = await RunAgainstAsync(Server("localhost", Authority, days: 90), folder);

            Assert.Equal(CheckStatus.Warn, result.Status);
            Assert.StartsWith("HA's ssl_profile is intermediate", result.Summary, StringComparison.Ordinal);
            Assert.Contains("HA serves https itself with ssl_profile intermediate (.storage/http (Settings > System > Network))", result.Details);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_Tls10OnlyServer_FailsNamingTheVersionsFound()
    {
        await using var server = await LegacyTlsServer.StartAsync(Server("localhost", Authority, days: 90));
        _ha.ConfigOverrides["external_url"] = $"https://localhost:{server.Port}";

        var result = await RunAsync(new TlsTrust([Authority]));

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("speaks only TLS 1.0", result.Summary, StringComparison.Ordinal);
        Assert.Equal([$"localhost:{server.Port} accepts TLS 1.0 and no newer version"], result.Details);
    }

    [Fact]
    public async Task RunAsync_ServerRefusingEveryHandshake_IsUnavailable()
    {
        // .NET's server here offers TLS 1.0 in name only: OpenSSL's policy refuses it, so no version is spoken at all.
#pragma warning disable SYSLIB0039 // The old protocol is what is under test.
        var result = await RunAgainstAsync(Server("localhost", Authority, days: 90), protocols: SslProtocols.Tls);
#pragma warning restore SYSLIB0039

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("the TLS handshake with localhost", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SelfSigned_Fails()
    {
        var result = await RunAgainstAsync(Server("localhost", null, days: 90));

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("not from an authority browsers trust", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Expired_Fails()
    {
        var certificate = TestCertificates.CreateServer("localhost", Authority, DateTimeOffset.UtcNow.AddDays(-100), DateTimeOffset.UtcNow.AddDays(-3));

        var result = await RunAgainstAsync(certificate);

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Matches("^The certificate of localhost expired [34] days ago", result.Summary);
    }

    [Fact]
    public async Task RunAsync_WrongName_Fails()
    {
        var result = await RunAgainstAsync(Server("other.example", Authority, days: 90));

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("is not made out for that name", result.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, "Warn")]
    [InlineData(4, "Fail")]
    public async Task RunAsync_ExpiringSoon_WarnsThenFails(int days, string expected)
    {
        var result = await RunAgainstAsync(Server("localhost", Authority, days));

        Assert.Equal(Enum.Parse<CheckStatus>(expected), result.Status);
        Assert.Contains("expires in", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PlainHttpOnAPublicName_Fails()
    {
        _ha.ConfigOverrides["external_url"] = "http://myhome.example.org:8123";

        var result = await RunAsync(TlsTrust.System);

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("plain http", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PlainHttpOnAHomeAddress_Warns()
    {
        _ha.ConfigOverrides["external_url"] = "http://192.168.1.20:8123";

        var result = await RunAsync(TlsTrust.System);

        Assert.Equal(CheckStatus.Warn, result.Status);
    }

    [Fact]
    public async Task RunAsync_NoExternalUrl_IsSkipped()
    {
        var result = await RunAsync(TlsTrust.System);

        Assert.Equal(CheckStatus.Skipped, result.Status);
    }

    [Fact]
    public async Task RunAsync_NothingListening_IsUnavailable()
    {
        var port = ClosedPort();
        _ha.ConfigOverrides["external_url"] = $"https://127.0.0.1:{port}";

        var result = await RunAsync(TlsTrust.System);

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains($"127.0.0.1:{port}", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoHomeAssistant_IsUnavailable()
    {
        await using var live = new LiveChecks();

        var result = await live.RunAsync<TlsCheck>(new TlsProbe(TlsTrust.System, TimeProvider.System));

        Assert.Equal(CheckStatus.Unavailable, result.Status);
    }

    private static X509Certificate2 Server(string name, X509Certificate2? authority, int days) =>
        TestCertificates.CreateServer(name, authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(days).AddHours(12));

    private async Task<CheckResult> RunAgainstAsync(X509Certificate2 certificate, string? configFolder = null, SslProtocols protocols = SslProtocols.None)
    {
        await using var server = new LoopbackTlsServer(certificate, protocols);
        _ha.ConfigOverrides["external_url"] = $"https://localhost:{server.Port}";
        return await RunAsync(new TlsTrust([Authority]), configFolder);
    }

    private async Task<CheckResult> RunAsync(TlsTrust trust, string? configFolder = null)
    {
        await using var live = new LiveChecks();
        if (configFolder is not null)
        {
            live.Variables["GATEHOUSE_HA_CONFIG"] = configFolder;
        }
        live.Variables["HA_URL"] = _ha.BaseUrl.ToString();
        live.Variables["HA_TOKEN"] = FakeHomeAssistant.Token;
        return await live.RunAsync<TlsCheck>(new TlsProbe(trust, TimeProvider.System));
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
