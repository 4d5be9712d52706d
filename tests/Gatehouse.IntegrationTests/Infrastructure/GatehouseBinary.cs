namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>
/// Finds the Gatehouse executable to start as a separate process: the host project's own build output
/// (built by the project reference, in the same configuration as the tests), or GATEHOUSE_BINARY when set:
/// the published NativeAOT build, as CI and the benchmarks use, absolute or relative to the repository root.
/// </summary>
internal static class GatehouseBinary
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("GATEHOUSE_BINARY") is { Length: > 0 } explicitPath)
        {
            return System.IO.Path.Combine(RepositoryRoot.Path, explicitPath);
        }
        // The tests run from tests/Gatehouse.IntegrationTests/bin/<Configuration>/<tfm>/.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var binary = System.IO.Path.Combine(RepositoryRoot.Path, "src", "Gatehouse", "bin", configuration, framework, "Gatehouse");
        return File.Exists(binary) ? binary : throw new FileNotFoundException($"Build src/Gatehouse first, or set GATEHOUSE_BINARY.", binary);
    }
}
