using System.Diagnostics;
using Gatehouse.IntegrationTests.Mqtt;

namespace Gatehouse.Benchmarks;

/// <summary>
/// Start to ready: from starting the process to subscribed to HA's notices and online on the broker with the
/// entities announced. Median of 5 starts. Target: under 150 ms (issue 16: the panel must not slow it).
/// </summary>
internal static class StartupBenchmark
{
    private const int Starts = 5;
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(150);

    public static async Task<bool> RunAsync(string[] _)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < Starts; i++)
        {
            await using var live = await LiveGatehouse.CreateAsync();
            await using var probe = await MqttProbe.ConnectAsync(live.Broker, LiveGatehouse.AvailabilityTopic);
            var clock = Stopwatch.StartNew();
            live.Start(alertCooldownSeconds: 300);
            await live.WaitUntilReadyAsync(probe);
            times.Add(clock.Elapsed);
        }
        var median = times.Order().ElementAt(Starts / 2);
        ResultsTable.Add(new BenchmarkFigure("startup", $"start → ready, median of {Starts}", $"{median.TotalMilliseconds:0} ms (all: {string.Join(", ", times.Select(t => t.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))})", $"< {Target.TotalMilliseconds:0} ms", median < Target));
        return median < Target;
    }
}
