using Gatehouse.Options;

namespace Gatehouse.Tests.Options;

public sealed class ConfigurationLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gatehouse-options-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static GatehouseConfiguration Load(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return ConfigurationLoader.Load(name => map.GetValueOrDefault(name));
    }

    [Fact]
    public void Load_OutsideTheContainerWithoutAFile_UsesDefaults()
    {
        // The default path /data/options.json does not exist on a developer's machine.
        var configuration = Load(("GATEHOUSE_DATA", _folder));

        Assert.Equal(new GatehouseOptions(), configuration.Options);
    }

    [Fact]
    public void Load_NamedFileMissing_IsAnError()
    {
        var path = Path.Combine(_folder, "missing.json");

        var exception = Assert.Throws<InvalidConfigurationException>(() => Load(("GATEHOUSE_OPTIONS", path)));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal($"Invalid environment variable GATEHOUSE_OPTIONS: the options file {path} does not exist; point GATEHOUSE_OPTIONS at your options file, or unset it to use the defaults.", problem.ToString());
    }

    [Fact]
    public void Load_File_ReadsAndChecksIt()
    {
        var path = Path.Combine(_folder, "options.json");
        File.WriteAllText(path, """{"notify_services": ["notify.phone"], "alert_cooldown_seconds": 10}""");

        var configuration = Load(("GATEHOUSE_OPTIONS", path));

        Assert.Equal(["notify.phone"], configuration.Options.NotifyServices);
        Assert.Equal(TimeSpan.FromSeconds(10), configuration.Options.AlertCooldown);
        Assert.Equal(path, configuration.Environment.OptionsFile);
    }

    [Fact]
    public void Load_TypeAndRangeProblems_AreAllReported()
    {
        var path = Path.Combine(_folder, "options.json");
        File.WriteAllText(path, """{"dismiss_notice": "no", "mqtt_port": 0, "scan_hosts": ["10.0.0.0/8"]}""");

        var exception = Assert.Throws<InvalidConfigurationException>(() => Load(("GATEHOUSE_OPTIONS", path)));

        Assert.Equal(["dismiss_notice", "mqtt_port", "scan_hosts"], exception.Problems.Select(p => p.Name).Order());
    }

    [Fact]
    public void Load_UnreadableFile_SaysWhichFile()
    {
        var path = Path.Combine(_folder, "a-folder.json");
        Directory.CreateDirectory(path);

        var exception = Assert.Throws<InvalidConfigurationException>(() => Load(("GATEHOUSE_OPTIONS", path)));

        Assert.Contains($"cannot read the options file {path}", Assert.Single(exception.Problems).Message, StringComparison.Ordinal);
    }
}
