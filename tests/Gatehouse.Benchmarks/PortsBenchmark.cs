using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gatehouse.Checks.Ports;

namespace Gatehouse.Benchmarks;

/// <summary>
/// open_ports' probe over every TCP port (1–65535) of 127.0.0.1, side by side with <c>nmap -sT -p- 127.0.0.1</c>
/// (a TCP connect scan, the same method), alternating runs (<c>--runs N</c>, default 3). Budget: faster than nmap;
/// it also shows whether both found the same open ports.
/// </summary>
internal static partial class PortsBenchmark
{
    private const int DefaultRuns = 3;
    private static readonly int[] AllPorts = [.. Enumerable.Range(1, 65535)];

    public static async Task<bool> RunAsync(string[] args)
    {
        // --runs N: more alternating runs for a steadier median on a busy machine.
        var at = Array.IndexOf(args, "--runs");
        var runs = at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var given) && given > 0 ? given : DefaultRuns;
        var probe = new PortProbe();
        var ours = new List<TimeSpan>();
        var theirs = new List<TimeSpan>();
        IReadOnlyList<int> oursOpen = [];
        IReadOnlyList<int> nmapOpen = [];
        for (var run = 0; run < runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            oursOpen = await probe.OpenPortsAsync(IPAddress.Loopback, AllPorts, CancellationToken.None);
            ours.Add(stopwatch.Elapsed);
            (var elapsed, nmapOpen) = await NmapAsync();
            theirs.Add(elapsed);
            Console.WriteLine($"  run {run + 1}: Gatehouse {ours[^1].TotalMilliseconds:0} ms ({oursOpen.Count} open), nmap {elapsed.TotalMilliseconds:0} ms ({nmapOpen.Count} open)");
        }
        var oursMedian = ours.Order().ElementAt(runs / 2);
        var nmapMedian = theirs.Order().ElementAt(runs / 2);
        var ratio = nmapMedian / oursMedian;
        Console.WriteLine($"Median of {runs}: Gatehouse open_ports probe {oursMedian.TotalMilliseconds:0} ms, nmap -sT -p- {nmapMedian.TotalMilliseconds:0} ms: Gatehouse is {ratio:0.0}x as fast ({PortProbe.MaxConcurrentConnects} concurrent connects, {PortProbe.ConnectTimeout.TotalMilliseconds:0} ms timeout).");
        var same = oursOpen.SequenceEqual(nmapOpen);
        Console.WriteLine(same
            ? $"Both found the same open ports: {string.Join(", ", oursOpen)}"
            : $"The open ports differ (a listener came or went between runs?): Gatehouse {string.Join(", ", oursOpen)}; nmap {string.Join(", ", nmapOpen)}");
        var ok = oursMedian < nmapMedian;
        Console.WriteLine(ok ? "Faster than nmap." : "SLOWER THAN NMAP.");
        ResultsTable.Add(new BenchmarkFigure("ports", $"open_ports over 1-65535 of 127.0.0.1 vs nmap -sT -p-, median of {runs}", $"{oursMedian.TotalMilliseconds:0} ms vs {nmapMedian.TotalMilliseconds:0} ms ({ratio:0.0}x)", "faster than nmap", ok));
        return ok;
    }

    private static async Task<(TimeSpan Elapsed, IReadOnlyList<int> Open)> NmapAsync()
    {
        var start = new ProcessStartInfo("nmap") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-sT", "-p-", "127.0.0.1" })
        {
            start.ArgumentList.Add(argument);
        }
        var stopwatch = Stopwatch.StartNew();
        using var nmap = Process.Start(start) ?? throw new InvalidOperationException("nmap could not be started; install it (apt-get install nmap).");
        var output = nmap.StandardOutput.ReadToEndAsync();
        var error = nmap.StandardError.ReadToEndAsync();
        await nmap.WaitForExitAsync();
        var elapsed = stopwatch.Elapsed;
        if (nmap.ExitCode != 0)
        {
            throw new InvalidOperationException($"nmap failed: {await error}");
        }
        var open = OpenLine().Matches(await output).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Order().ToList();
        return (elapsed, open);
    }

    [GeneratedRegex(@"(?m)^(\d+)/tcp\s+open\b")]
    private static partial Regex OpenLine();
}
