using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Options;
using Gatehouse.Tests.HaConfig;

namespace Gatehouse.Tests.Checks.Catalog;

public sealed class PersonalInfoCheckTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_NeutralNameAndRoundedLocation_Passes()
    {
        _folder.Write("configuration.yaml", "default_config:\n")
            .Storage("core.config", """{"location_name":"Home","latitude":52.3731,"longitude":4.8922,"external_url":"https://k7x2.duckdns.org"}""");

        Assert.Equal(CheckStatus.Pass, (await Run("Smith", "Kerkstraat")).Status);
    }

    [Fact]
    public async Task RunAsync_PreciseCoordinatesOrTermInName_Warns()
    {
        _folder.Write("configuration.yaml", "homeassistant:\n  name: Smith Family\n  latitude: 52.373123\n  longitude: 4.8922\n");

        var result = await Run("smith");

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Contains("The instance name contains personal term #1 of your personal_terms", result.Details);
        Assert.Contains(result.Details, d => d.StartsWith("The home location is stored to 6 decimals", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Details, d => d.Contains("mith", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RunAsync_TermInExternalUrl_Fails()
    {
        _folder.Write("configuration.yaml", "default_config:\n")
            .Storage("core.config", """{"location_name":"Home","latitude":52.37,"longitude":4.89,"external_url":"https://smith-kerkstraat.duckdns.org"}""");

        var result = await Run("Jones", "Kerkstraat");

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal("The external URL contains personal term #2 of your personal_terms", result.Details[0]);
    }

    [Fact]
    public async Task RunAsync_NoTermsConfigured_SaysSoInTheDetails()
    {
        _folder.Write("configuration.yaml", "homeassistant:\n  name: Home\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Contains(result.Details, d => d.Contains("No personal_terms are set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_NothingSetAnywhere_IsUnavailable()
    {
        _folder.Write("configuration.yaml", "default_config:\n");

        var result = await Run("smith");

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains(".storage/core.config", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MalformedCoreConfig_IsUnavailable()
    {
        _folder.Write("configuration.yaml", "default_config:\n").Write(".storage/core.config", "{\"data\":{\"latitude\":52.");

        Assert.Equal(CheckStatus.Unavailable, (await Run()).Status);
    }

    private Task<CheckResult> Run(params string[] terms) =>
        new PersonalInfoCheck(_folder.Snapshot(), new GatehouseOptions { PersonalTerms = terms }).RunAsync(CancellationToken.None);
}
