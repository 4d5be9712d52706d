namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>The repository's top folder (where Gatehouse.slnx is), found upwards from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Gatehouse.slnx")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException($"No Gatehouse.slnx above {AppContext.BaseDirectory}.");
    }
}
