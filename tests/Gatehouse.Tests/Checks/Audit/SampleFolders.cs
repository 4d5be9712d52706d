namespace Gatehouse.Tests.Checks.Audit;

/// <summary>The sample HA config folders shipped under tests/samples (the README audits them).</summary>
internal static class SampleFolders
{
    public static string Insecure => Path.Combine(Root, "tests", "samples", "insecure");

    public static string Hardened => Path.Combine(Root, "tests", "samples", "hardened");

    private static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Gatehouse.slnx")))
            {
                folder = folder.Parent;
            }
            return folder?.FullName ?? throw new InvalidOperationException("the repository root (Gatehouse.slnx) is not above the test binaries");
        }
    }
}
