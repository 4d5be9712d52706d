using System.Diagnostics;
using System.Runtime.Versioning;

namespace Gatehouse.Tests.Addon;

/// <summary>addon/rootfs/etc/services.d/gatehouse: the s6-overlay v3 service that runs Gatehouse.</summary>
[UnsupportedOSPlatform("windows")] // The scripts run on Linux; these tests run them with bash.
public sealed class S6ServiceTests : IDisposable
{
    private const string ServiceFolder = "addon/rootfs/etc/services.d/gatehouse";
    private const string ContainerExitCode = "/run/s6-linux-init-container-results/exitcode";
    private const string Halt = "/run/s6/basedir/bin/halt";

    private readonly DirectoryInfo _sandbox = Directory.CreateTempSubdirectory("gatehouse-s6-");

    [Fact]
    public void Run_OnlyExecsGatehouse()
    {
        var lines = Code($"{ServiceFolder}/run");

        Assert.StartsWith("#!/usr/bin/with-contenv bashio\n", RepositoryFiles.Read($"{ServiceFolder}/run"), StringComparison.Ordinal);
        Assert.Equal(["exec /opt/gatehouse/Gatehouse run"], lines);
    }

    [Fact]
    public void RootfsFiles_AreLfOnly_AndServiceScriptsExecutable()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("addon/rootfs"), "*", SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.DoesNotContain('\r', File.ReadAllText(file)));
        Assert.All(new[] { "run", "finish" }, script =>
            Assert.True(File.GetUnixFileMode(RepositoryFiles.PathOf($"{ServiceFolder}/{script}")).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable"));
    }

    [Theory]
    [InlineData(0, 0, "0")]
    [InlineData(1, 0, "1")]
    [InlineData(2, 0, "2")]
    [InlineData(256, 15, "0")]
    [InlineData(256, 9, "137")]
    [InlineData(256, 11, "139")]
    public async Task Finish_AnyExit_StopsTheContainerWithTheServicesCode(int exitCode, int signal, string expected)
    {
        var (recorded, halted) = await RunFinishAsync(exitCode, signal, alreadyRecorded: "0");

        Assert.True(halted, "finish did not halt the container");
        Assert.Equal(expected, recorded);
    }

    [Fact]
    public async Task Finish_ACodeAlreadyRecorded_IsKept()
    {
        var (recorded, halted) = await RunFinishAsync(1, 0, alreadyRecorded: "3");

        Assert.True(halted);
        Assert.Equal("3", recorded);
    }

    public void Dispose() => _sandbox.Delete(recursive: true);

    /// <summary>Runs the real finish script with its two container paths pointed into a sandbox.</summary>
    private async Task<(string Recorded, bool Halted)> RunFinishAsync(int exitCode, int signal, string alreadyRecorded)
    {
        var exitCodeFile = Path.Combine(_sandbox.FullName, "exitcode");
        var haltMarker = Path.Combine(_sandbox.FullName, "halted");
        var haltStub = Path.Combine(_sandbox.FullName, "halt");
        await File.WriteAllTextAsync(exitCodeFile, alreadyRecorded + "\n");
        await File.WriteAllTextAsync(haltStub, $"#!/bin/bash\ntouch '{haltMarker}'\n");
        File.SetUnixFileMode(haltStub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var script = RepositoryFiles.Read($"{ServiceFolder}/finish");
        Assert.Contains(ContainerExitCode, script, StringComparison.Ordinal);
        Assert.Contains($"exec {Halt}", script, StringComparison.Ordinal);
        var sandboxed = Path.Combine(_sandbox.FullName, "finish");
        await File.WriteAllTextAsync(sandboxed, script.Replace(ContainerExitCode, exitCodeFile, StringComparison.Ordinal).Replace(Halt, haltStub, StringComparison.Ordinal));

        using var process = Process.Start(new ProcessStartInfo("bash", [sandboxed, exitCode.ToString(System.Globalization.CultureInfo.InvariantCulture), signal.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardError = true,
        })!;
        using var timeout = new CancellationTokenSource(TestSettings.Timeout);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync(timeout.Token));
        return ((await File.ReadAllTextAsync(exitCodeFile, timeout.Token)).Trim(), File.Exists(haltMarker));
    }

    private static List<string> Code(string path) =>
        RepositoryFiles.Read(path).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
}
