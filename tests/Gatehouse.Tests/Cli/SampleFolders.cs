using Gatehouse.Tests.Addon;

namespace Gatehouse.Tests.Cli;

/// <summary>The sample HA config folders shipped under tests/samples (the README audits them).</summary>
internal static class SampleFolders
{
    public static string Insecure => RepositoryFiles.PathOf(Path.Combine("tests", "samples", "insecure"));

    /// <summary>
    /// The hardened sample with its backup archive dated now: the backups check reads that date, and how long ago
    /// the repository was checked out says nothing about the sample.
    /// </summary>
    public static string Hardened
    {
        get
        {
            var folder = RepositoryFiles.PathOf(Path.Combine("tests", "samples", "hardened"));
            File.SetLastWriteTimeUtc(Path.Combine(folder, "backups", "7a3c19e2.tar"), DateTime.UtcNow);
            return folder;
        }
    }
}
