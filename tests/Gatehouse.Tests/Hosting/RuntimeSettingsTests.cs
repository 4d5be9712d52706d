using Newtonsoft.Json.Linq;

namespace Gatehouse.Tests.Hosting;

/// <summary>The runtime settings the add-on's memory figures depend on, as the build writes them.</summary>
public sealed class RuntimeSettingsTests
{
    private const long ThreeMegabytes = 3 * 1024 * 1024;

    [Fact]
    public void RuntimeConfig_Gen0Budget_CappedAtThreeMegabytes()
    {
        // Without the cap, non-concurrent GC lets gen0 grow to 200 MB: a storm of failed logins then left ~100 MB
        // of garbage resident (tests/Gatehouse.Benchmarks, storm).
        var config = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gatehouse.runtimeconfig.json")));
        var budget = config["runtimeOptions"]?["configProperties"]?["System.GC.Gen0MaxBudget"];

        Assert.NotNull(budget);
        Assert.InRange((long)budget, 1, ThreeMegabytes);
    }
}
