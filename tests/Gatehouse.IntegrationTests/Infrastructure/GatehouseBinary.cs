namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>
/// Finds the Gatehouse executable to start as a separate process: the host project's own build output
/// (built by the project reference, in the same configuration as the tests), or GATEHOUSE_BINARY when set
/// (a published build, as the benchmarks use).
/// </summary>
internal static class GatehouseBinary
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("GATEHOUSE_BINARY") is { Length: > 0 } explicitPath)
        {
            return explicitPath;
        }
        // The tests run from tests/Gatehouse.IntegrationTests/bin/<Configuration>/<tfm>/.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(System.IO.Path.Combine(root.FullName, "Gatehouse.slnx")))
        {
            root = root.Parent;
        }
        if (root is null)
        {
            throw new InvalidOperationException($"No Gatehouse.slnx above {AppContext.BaseDirectory}; set GATEHOUSE_BINARY.");
        }
        var binary = System.IO.Path.Combine(root.FullName, "src", "Gatehouse", "bin", configuration, framework, "Gatehouse");
        return File.Exists(binary) ? binary : throw new FileNotFoundException($"Build src/Gatehouse first, or set GATEHOUSE_BINARY.", binary);
    }
}
