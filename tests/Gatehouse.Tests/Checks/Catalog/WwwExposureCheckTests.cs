using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Tests.HaConfig;

namespace Gatehouse.Tests.Checks.Catalog;

public sealed class WwwExposureCheckTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_OnlyDashboardAssets_Passes()
    {
        _folder.Write("www/floorplan.png", "png").Write("www/community/card/card.js.gz", "gz").Write("www/icons/logo.svg", "<svg/>");

        Assert.Equal(CheckStatus.Pass, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_NoWwwFolder_Passes()
    {
        _folder.Write("configuration.yaml", "homeassistant:\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Contains("no www folder", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NotAConfigFolder_UnavailableNotAPass()
    {
        // A wrong --config-dir has no www folder either: that says nothing about what HA serves.
        var result = await Run();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("configuration.yaml is not in", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_DocumentsAndPhotos_WarnNamingThem()
    {
        _folder.Write("www/scans/passport.pdf", "%PDF").Write("www/snapshot.jpg", "jpg");

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal(["www/scans/passport.pdf: document", "www/snapshot.jpg: photo or video"], result.Details);
    }

    [Fact]
    public async Task RunAsync_ConfigDatabaseBackupKeyLogAndStorageCopies_FailNamingEach()
    {
        _folder.Write("www/secrets.yaml", "x: y").Write("www/home-assistant_v2.db", "db").Write("www/backup/full.tar.gz", "tar")
            .Write("www/id_rsa", "key").Write("www/home-assistant.log.1", "log").Write("www/old/.storage/auth", "{}")
            .Write("www/photo.jpg", "jpg");

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("6 private files", result.Summary, StringComparison.Ordinal);
        Assert.Equal(7, result.Details.Count);
        Assert.Contains("www/old/.storage/auth: copy of HA's .storage (accounts, tokens)", result.Details);
        Assert.Equal("www/photo.jpg: photo or video", result.Details[^1]);
        Assert.Equal(7, result.Findings.Count);
        Assert.Contains(result.Findings, f => f is { Id: "www_exposure:file:www/backup/full.tar.gz", Status: CheckStatus.Fail });
        Assert.Contains(result.Findings, f => f is { Id: "www_exposure:file:www/photo.jpg", Status: CheckStatus.Warn });
    }

    [Fact]
    public async Task RunAsync_BinaryAndHugeFiles_AreJudgedByNameWithoutReading()
    {
        _folder.Write("www/blob.bin", "\0\u0001\u0002");
        using (var huge = File.Create(Path.Combine(_folder.Root, "www", "camera-archive.zip")))
        {
            huge.SetLength(4L * 1024 * 1024 * 1024); // sparse: 4 GB on paper, nothing on disk
        }

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal(["www/camera-archive.zip: backup or archive"], result.Details);
    }

    [Fact]
    public async Task RunAsync_LinkedFolderInWww_IsNotEntered()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Root, "www"));
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "www", "loop"), Path.Combine(_folder.Root, "www"));

        Assert.Equal(CheckStatus.Pass, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_WwwIsAFile_NothingIsServed()
    {
        _folder.Write("www", "a file where the folder would be");

        Assert.Equal(CheckStatus.Pass, (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_WwwLinksOutsideTheFolder_IsUnavailableAndListsNothingThere()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_folder.Parent, "etc")).FullName;
        File.WriteAllText(Path.Combine(outside, "shadow"), "root:x");
        File.WriteAllText(Path.Combine(outside, "backup.tar"), "tar");
        _folder.Link("www", outside);

        var result = await Run();

        Assert.Equal(CheckStatus.Unavailable, result.Status);
        Assert.Contains("outside the config folder", result.Summary, StringComparison.Ordinal);
        var everything = string.Join(" ", [result.Summary, .. result.Details, result.Remediation]);
        Assert.DoesNotContain("shadow", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("backup.tar", everything, StringComparison.Ordinal);
    }

    private Task<CheckResult> Run() => new WwwExposureCheck(_folder.Snapshot()).RunAsync(CancellationToken.None);
}
