using System.Diagnostics;
using Gatehouse.IntegrationTests.Mqtt;

namespace Gatehouse.Benchmarks;

/// <summary>
/// Notice to notify call: HA shows a failed-login notice, and the clock stops when HA receives the notify
/// call. 1,000 attempts one after another, every one alerted (cooldown 0). Target: p99 under 5 ms.
/// </summary>
internal static class LatencyBenchmark
{
    private const int Attempts = 1_000;
    private const int WarmUp = 50;
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(5);

    public static async Task<bool> RunAsync(string[] _)
    {
        await using var live = await LiveGatehouse.CreateAsync();
        await using var probe = await MqttProbe.ConnectAsync(live.Broker, LiveGatehouse.AvailabilityTopic);
        live.Start(alertCooldownSeconds: 0);
        await live.WaitUntilReadyAsync(probe);

        var latencies = new List<double>();
        for (var i = 0; i < WarmUp + Attempts; i++)
        {
            var before = live.NotifyCalls();
            var clock = Stopwatch.StartNew();
            live.Ha.SimulateFailedLogin($"10.{i / 65536 % 256}.{i / 256 % 256}.{i % 256}");
            await live.Ha.WaitUntilAsync(_ => live.NotifyCalls() > before, "the notify call");
            if (i >= WarmUp)
            {
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        latencies.Sort();
        var p50 = latencies[latencies.Count / 2];
        var p99 = latencies[(int)Math.Ceiling(latencies.Count * 0.99) - 1];
        ResultsTable.Add(new BenchmarkFigure("latency", "notice → notify, p50", $"{p50:0.00} ms", "-", true));
        ResultsTable.Add(new BenchmarkFigure("latency", "notice → notify, p99", $"{p99:0.00} ms", $"< {Target.TotalMilliseconds} ms", p99 < Target.TotalMilliseconds));
        return p99 < Target.TotalMilliseconds;
    }
}
