using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Gatehouse.IntegrationTests.Infrastructure;

namespace Gatehouse.IntegrationTests.Hostile;

/// <summary>
/// One <c>Gatehouse audit --format json</c> of a folder, watched from outside: GNU time measures its wall time and
/// peak resident memory, strace records every file it opens with the path the kernel actually opened (<c>-y</c>), so
/// a link followed out of the folder shows where it led.
/// </summary>
internal sealed partial record WatchedAudit(int ExitCode, TimeSpan Elapsed, long PeakKilobytes, IReadOnlyList<string> OpenedPaths, string Output, string Errors)
{
    /// <summary>Long enough for a slow machine to finish a fast audit; a hang shows as this.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<WatchedAudit> RunAsync(string configDirectory, string workDirectory)
    {
        var trace = Path.Combine(workDirectory, "trace.txt");
        var times = Path.Combine(workDirectory, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "-f", "%e %M", "-o", times,
            "strace", "-f", "-qq", "--seccomp-bpf", "-y", "-e", "trace=open,openat,openat2", "-o", trace, "--",
            GatehouseBinary.Path, "audit", "--config-dir", configDirectory, "--format", "json",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var name in new[] { "GATEHOUSE_OPTIONS", "GATEHOUSE_DATA", "GATEHOUSE_HA_CONFIG", "SUPERVISOR_URL", "SUPERVISOR_TOKEN", "HA_URL", "HA_TOKEN" })
        {
            start.Environment.Remove(name);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new WatchedAudit(-1, Limit, 0, [], await output, $"did not finish within {Limit.TotalSeconds} s\n{await errors}");
        }
        var measured = (await File.ReadAllTextAsync(times)).Trim().Split('\n')[^1].Split(' ');
        var opened = File.ReadLines(trace).Select(line => OpenedPath().Match(line)).Where(m => m.Success).Select(m => m.Groups["path"].Value).ToList();
        // GNU time reports the exit status of what it ran; strace passes the audit's own on.
        return new WatchedAudit(
            process.ExitCode,
            TimeSpan.FromSeconds(double.Parse(measured[0], CultureInfo.InvariantCulture)),
            long.Parse(measured[1], CultureInfo.InvariantCulture),
            opened,
            await output,
            await errors);
    }

    /// <summary>Whether strace and GNU time are here to watch with (CI installs them).</summary>
    public static bool ToolsPresent => File.Exists("/usr/bin/time") && (File.Exists("/usr/bin/strace") || File.Exists("/bin/strace"));

    // "openat(AT_FDCWD</x>, "…", O_RDONLY) = 3</real/path>": the descriptor's real path is what counts.
    [GeneratedRegex(@"= \d+<(?<path>[^>]*)>\s*$")]
    private static partial Regex OpenedPath();
}
