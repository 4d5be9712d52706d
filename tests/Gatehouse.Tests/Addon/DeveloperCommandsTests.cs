using System.Runtime.Versioning;

namespace Gatehouse.Tests.Addon;

/// <summary>A newcomer's two commands: the README's developer section, and the test script CI runs unchanged.</summary>
[UnsupportedOSPlatform("windows")] // The scripts run on Linux; their mode bits are checked there.
public sealed class DeveloperCommandsTests
{
    [Fact]
    public void Readme_DeveloperSection_GivesExactlyTheAuditAndTheTestScript()
    {
        var readme = RepositoryFiles.Read("README.md");
        var section = readme[readme.IndexOf("## For developers", StringComparison.Ordinal)..];
        var block = section.Split("```", 3)[1];

        Assert.Equal(
            ["dotnet run --project src/Gatehouse -- audit --config-dir tests/samples/insecure", "tests/run"],
            block.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void CiRun_RunsTheTestScriptWithoutArguments()
    {
        var commands = RepositoryFiles.Read(".ci/run").Split('\n', StringSplitOptions.TrimEntries)
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

        Assert.Contains("tests/run", commands);
    }

    [Theory]
    [InlineData("tests/run")]
    [InlineData(".ci/run")]
    [InlineData("addon/build.sh")]
    [InlineData("addon/build-tools.sh")]
    [InlineData("addon/container-smoke.sh")]
    [InlineData("addon/smoke/stand-ins.sh")]
    [InlineData("addon/smoke/build-s6-overlay.sh")]
    public void Scripts_AreExecutable(string script)
    {
        Assert.True(File.GetUnixFileMode(RepositoryFiles.PathOf(script)).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable: chmod +x it and commit the mode.");
    }
}
