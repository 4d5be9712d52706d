using System.Diagnostics;
using Gatehouse.IntegrationTests.Mqtt;

namespace Gatehouse.Benchmarks;

/// <summary>
/// A storm: 10,000 failed logins from 100 addresses as fast as the fake HA can send them. All must be recorded
/// and drained in under 2 s, with one alert per address (the rest folded by the default cooldown), and resident
/// memory growing by under 20 MB.
/// </summary>
internal static class StormBenchmark
{
    private const int Attempts = 10_000;
    private const int Addresses = 100;
    private static readonly TimeSpan DrainTarget = TimeSpan.FromSeconds(2);
    private const double GrowthTargetMegabytes = 20;

    public static async Task<bool> RunAsync(string[] _)
    {
        await using var live = await LiveGatehouse.CreateAsync();
        await using var probe = await MqttProbe.ConnectAsync(live.Broker, LiveGatehouse.AvailabilityTopic);
        var process = live.Start(alertCooldownSeconds: 300);
        await live.WaitUntilReadyAsync(probe);
        var before = ProcessMemory.ResidentMegabytes(process.Id);
        var beforeParts = ProcessMemory.Breakdown(process.Id);

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Attempts; i++)
        {
            live.Ha.SimulateFailedLogin($"198.18.{i % Addresses / 256}.{i % Addresses % 256}", url: $"/auth/login_flow/{i}");
        }
        var sent = clock.Elapsed;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (live.RecordedAttempts() < Attempts && !deadline.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
        var drained = clock.Elapsed;
        await live.Ha.WaitUntilAsync(_ => live.NotifyCalls() >= Addresses, "one alert per address");
        var after = ProcessMemory.ResidentMegabytes(process.Id);
        var recorded = live.RecordedAttempts();

        ResultsTable.Add(new BenchmarkFigure("storm", "notices sent by the fake HA", $"{sent.TotalMilliseconds:0} ms", "-", true));
        ResultsTable.Add(new BenchmarkFigure("storm", $"all {Attempts:N0} recorded (drained)", $"{drained.TotalMilliseconds:0} ms, {recorded:N0} recorded", $"< {DrainTarget.TotalMilliseconds:0} ms, all", drained < DrainTarget && recorded == Attempts));
        ResultsTable.Add(new BenchmarkFigure("storm", "immediate alerts", $"{live.NotifyCalls()}", $"{Addresses} (one per address)", live.NotifyCalls() == Addresses));
        ResultsTable.Add(new BenchmarkFigure("storm", "resident memory growth", $"{after - before:0.0} MB ({before:0.0} → {after:0.0}; before: {beforeParts}; after: {ProcessMemory.Breakdown(process.Id)})", $"< {GrowthTargetMegabytes} MB", after - before < GrowthTargetMegabytes));
        return drained < DrainTarget && recorded == Attempts && after - before < GrowthTargetMegabytes;
    }
}
