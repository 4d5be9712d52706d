namespace Gatehouse.Tests.HaConfig;

public sealed class HaConfigSnapshotTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Http_StorageExists_WinsOverYaml()
    {
        _folder.Write("configuration.yaml", "http:\n  login_attempts_threshold: 3\n")
            .Storage("http", """{"stable":{"login_attempts_threshold":7,"use_x_forwarded_for":true,"trusted_proxies":["10.0.0.5"]},"pending":null,"yaml_migration_done":true}""");

        var http = _folder.Snapshot().Http.Value!;

        Assert.Equal(7, http.LoginAttemptsThreshold);
        Assert.Equal(["10.0.0.5"], http.TrustedProxies);
        Assert.StartsWith(".storage/http", http.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Http_NoStorage_ReadsYamlWithItsLine()
    {
        _folder.Write("configuration.yaml", "default_config:\nhttp:\n  ip_ban_enabled: false\n  login_attempts_threshold: 3\n");

        var http = _folder.Snapshot().Http.Value!;

        Assert.False(http.IpBanEnabled);
        Assert.Equal(3, http.LoginAttemptsThreshold);
        Assert.Contains("configuration.yaml:2", http.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Http_TlsSettings_AreReadFromEitherSource()
    {
        _folder.Write("configuration.yaml", "http:\n  ssl_certificate: !secret cert\n  ssl_profile: intermediate\n");
        var fromYaml = _folder.Snapshot().Http.Value!;
        _folder.Storage("http", """{"stable":{"ssl_certificate":"/ssl/fullchain.pem"}}""");
        var fromStorage = _folder.Snapshot().Http.Value!;

        Assert.Equal(("intermediate", true), (fromYaml.SslProfile, fromYaml.ServesTls));
        Assert.Equal(("modern", true), (fromStorage.SslProfile, fromStorage.ServesTls));
    }

    [Fact]
    public void Http_NothingWritten_HasDefaultsThatNeverBan()
    {
        _folder.Write("configuration.yaml", "default_config:\n");

        var http = _folder.Snapshot().Http.Value!;

        Assert.True(http.IpBanEnabled);
        Assert.Equal(-1, http.LoginAttemptsThreshold);
        Assert.Equal(("modern", false), (http.SslProfile, http.ServesTls));
    }

    [Fact]
    public void Http_NoStorageAndBrokenYaml_IsAProblemWithFileAndLine()
    {
        _folder.Write("configuration.yaml", "http:\n  a: [\n");

        Assert.StartsWith("configuration.yaml:", _folder.Snapshot().Http.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_YamlOverridesStorageFieldByField()
    {
        _folder.Write("configuration.yaml", "homeassistant:\n  name: Smith House\n")
            .Storage("core.config", """{"location_name":"Home","latitude":52.373123,"longitude":4.89,"external_url":"https://x.duckdns.org"}""");

        var core = _folder.Snapshot().Core.Value!;

        Assert.Equal(("Smith House", "52.373123", "https://x.duckdns.org"), (core.Name, core.Latitude, core.ExternalUrl));
    }

    [Fact]
    public void RemoteUi_LoggedInWithRemoteEnabled_IsTrue()
    {
        _folder.Write(".cloud/production_auth.json", "{}").Storage("cloud", """{"remote_enabled":true}""");

        Assert.True(_folder.Snapshot().RemoteUi.Value);
    }

    [Fact]
    public void RemoteUi_NotLoggedIn_IsFalse()
    {
        _folder.Storage("cloud", """{"remote_enabled":true}""");

        Assert.False(_folder.Snapshot().RemoteUi.Value);
    }
}
