namespace Gatehouse.Tests.Addon;

/// <summary>The repository's files as the Supervisor reads them: the add-on is the repository root.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the first folder above the test binaries that holds the solution.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    public static IReadOnlyDictionary<string, object?> ReadYamlMapping(string relativePath) =>
        SupervisorYaml.LoadMapping(Read(relativePath));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Gatehouse.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Gatehouse.slnx above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
