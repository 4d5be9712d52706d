using System.Buffers.Binary;
using Gatehouse.Mqtt.Discovery;
using Gatehouse.Options;

namespace Gatehouse.Tests.Addon;

/// <summary>The repository as the add-on store reads it: repository.yaml, the one add-on at the root, its pictures and pages.</summary>
public sealed class AddonRepositoryTests
{
    /// <summary>Git-ignored build output: not in the clone the Supervisor reads.</summary>
    private static readonly HashSet<string> IgnoredFolders = new(["bin", "obj", "artifacts", "TestResults", ".git"], StringComparer.Ordinal);

    private static readonly HashSet<string> ManifestNames = new(["config", "build", "repository"], StringComparer.Ordinal);
    private static readonly HashSet<string> ManifestSuffixes = new([".yaml", ".yml", ".json"], StringComparer.Ordinal);

    [Fact]
    public void RepositoryYaml_HasTheSupervisorsKeys()
    {
        // SCHEMA_REPOSITORY_CONFIG (supervisor/store/validate.py); without a valid file the store skips the repository.
        var repository = RepositoryFiles.ReadYamlMapping("repository.yaml");

        Assert.False(string.IsNullOrWhiteSpace(repository["name"] as string));
        Assert.Equal(Uri.UriSchemeHttps, new Uri(Assert.IsType<string>(repository["url"])).Scheme);
        Assert.IsType<string>(repository["maintainer"]);
        Assert.Empty(repository.Keys.Except(["name", "url", "maintainer"]));
    }

    [Fact]
    public void Repository_ManifestNames_OnlyAtTheRoot()
    {
        // The Supervisor globs **/config.*, **/build.* and **/repository.* (yaml, yml, json): any other such
        // file would be read as a second add-on, a build file or the repository file.
        var strays = Files(RepositoryFiles.Root)
            .Where(path => ManifestNames.Contains(Path.GetFileNameWithoutExtension(path)) && ManifestSuffixes.Contains(Path.GetExtension(path)))
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/'))
            .Except(["config.yaml", "build.yaml", "repository.yaml"]);

        Assert.Empty(strays);
    }

    [Theory]
    [InlineData("icon.png", 128, 128)]
    [InlineData("logo.png", 250, 100)]
    public void Pictures_AreStoreSizedPngs(string file, int width, int height)
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.PathOf(file));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    [Fact]
    public void Docs_DescribeEveryOption()
    {
        var docs = RepositoryFiles.Read("DOCS.md");

        Assert.All(OptionNames.All, name => Assert.Contains($"`{name}`", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Docs_NameEveryEntityAndEventType()
    {
        var docs = RepositoryFiles.Read("DOCS.md");
        var catalog = new EntityCatalog(new GatehouseTopics(GatehouseOptions.DefaultDiscoveryPrefix), []);
        var entityIds = catalog.Entities.Select(e => e.EntityId).ToList();

        Assert.NotEmpty(entityIds);
        Assert.All(entityIds, id => Assert.Contains($"`{id}`", docs, StringComparison.Ordinal));
        Assert.Contains($"`binary_sensor.{DiscoveryCommon.UniqueIdPrefix}{GatehouseEntities.CheckPrefix}", docs, StringComparison.Ordinal);
        Assert.Contains($"`{GatehouseEntities.FailedLoginEvent}`", docs, StringComparison.Ordinal);
        Assert.Contains($"`{GatehouseEntities.IpBannedEvent}`", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Changelog_HasAnEntryForTheCurrentVersion()
    {
        var version = RepositoryFiles.ReadYamlMapping("config.yaml")["version"];

        Assert.Contains($"## {version}", RepositoryFiles.Read("CHANGELOG.md"), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder).Concat(Directory.EnumerateDirectories(folder)
            .Where(sub => !IgnoredFolders.Contains(Path.GetFileName(sub)))
            .SelectMany(Files));
}
