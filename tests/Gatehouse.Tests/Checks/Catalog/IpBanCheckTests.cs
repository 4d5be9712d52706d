using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Tests.HaConfig;

namespace Gatehouse.Tests.Checks.Catalog;

public sealed class IpBanCheckTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_ThresholdSetInYaml_Passes()
    {
        _folder.Write("configuration.yaml", "http:\n  ip_ban_enabled: true\n  login_attempts_threshold: 5\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Contains("after 5 failed logins", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoThreshold_FailsBecauseHaNeverBans()
    {
        _folder.Write("configuration.yaml", "default_config:\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("-1", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BansTurnedOff_Fails()
    {
        _folder.Write("configuration.yaml", "http:\n  ip_ban_enabled: false\n  login_attempts_threshold: 3\n");

        Assert.Equal(CheckStatus.Fail, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_StorageWinsOverYaml()
    {
        _folder.Write("configuration.yaml", "http:\n  login_attempts_threshold: 5\n")
            .Storage("http", """{"stable":{"ip_ban_enabled":true,"login_attempts_threshold":-1},"pending":null,"yaml_migration_done":true}""");

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains(".storage/http", result.Details[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ThresholdTooHigh_Warns()
    {
        _folder.Storage("http", """{"stable":{"login_attempts_threshold":50}}""");

        Assert.Equal(CheckStatus.Warn, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_RemoteUiInUse_WarnsAbout127()
    {
        _folder.Storage("http", """{"stable":{"login_attempts_threshold":5}}""")
            .Write(".cloud/production_auth.json", "{}").Storage("cloud", """{"remote_enabled":true}""");

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Contains("127.0.0.1", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BrokenYamlAndNoStorage_IsUnavailableWithFileAndLine()
    {
        _folder.Write("configuration.yaml", "http: !include http.yaml\n").Write("http.yaml", "a: b: c\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("http.yaml:1", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MalformedHttpStorage_IsUnavailable()
    {
        _folder.Write("configuration.yaml", "http:\n  login_attempts_threshold: 5\n").Write(".storage/http", "{oops");

        Assert.Equal(CheckStatus.Unavailable, (await Run()).Status);
    }

    private Task<CheckResult> Run() => new IpBanCheck(_folder.Snapshot()).RunAsync(CancellationToken.None);
}
