using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Tests.HaConfig;

namespace Gatehouse.Tests.Checks.Catalog;

public sealed class AuthProvidersCheckTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_DefaultProviders_Passes()
    {
        _folder.Write("configuration.yaml", "homeassistant:\n  name: Home\n");

        Assert.Equal(CheckStatus.Pass, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_PrivateTrustedNetworks_PassesListingThem()
    {
        _folder.Write("configuration.yaml", Providers("trusted_networks:\n        - 192.168.1.0/24\n        - fd00::/8"));

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal(["Trusted network: 192.168.1.0/24", "Trusted network: fd00::/8"], result.Details);
    }

    [Fact]
    public async Task RunAsync_AllowBypassLogin_Warns()
    {
        _folder.Write("configuration.yaml", Providers("trusted_networks:\n        - 192.168.1.0/24\n      allow_bypass_login: true"));

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Contains("configuration.yaml:7", result.Details[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trusted_networks:\n        - 0.0.0.0/0")]
    [InlineData("trusted_networks:\n        - 8.8.8.0/24")]
    public async Task RunAsync_InternetAddressesTrusted_Fails(string provider)
    {
        _folder.Write("configuration.yaml", Providers(provider));

        Assert.Equal(CheckStatus.Fail, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_LegacyApiPasswordLeftovers_Fail()
    {
        _folder.Write("configuration.yaml", "homeassistant:\n  auth_providers:\n    - type: homeassistant\n    - type: legacy_api_password\n      api_password: !secret old\nhttp:\n  api_password: !secret old\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal(2, result.Details.Count);
    }

    [Fact]
    public async Task RunAsync_BrokenYaml_IsUnavailable()
    {
        _folder.Write("configuration.yaml", "homeassistant:\n  auth_providers: [\n");

        Assert.Equal(CheckStatus.Unavailable, (await Run()).Status);
    }

    private static string Providers(string trustedNetworks) =>
        $"homeassistant:\n  auth_providers:\n    - type: homeassistant\n    - type: trusted_networks\n      {trustedNetworks}\n";

    private Task<CheckResult> Run() => new AuthProvidersCheck(_folder.Snapshot()).RunAsync(CancellationToken.None);
}
