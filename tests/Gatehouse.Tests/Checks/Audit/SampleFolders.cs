using Gatehouse.Tests.Addon;

namespace Gatehouse.Tests.Checks.Audit;

/// <summary>The sample HA config folders shipped under tests/samples (the README audits them).</summary>
internal static class SampleFolders
{
    public static string Insecure => RepositoryFiles.PathOf(Path.Combine("tests", "samples", "insecure"));

    public static string Hardened => RepositoryFiles.PathOf(Path.Combine("tests", "samples", "hardened"));
}
