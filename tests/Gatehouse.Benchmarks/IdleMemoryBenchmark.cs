using Gatehouse.IntegrationTests.Mqtt;

namespace Gatehouse.Benchmarks;

/// <summary>Resident memory after 60 s connected to HA and the broker with every entity published. Target: 40 MB or less.</summary>
internal static class IdleMemoryBenchmark
{
    private const double TargetMegabytes = 40;

    public static async Task<bool> RunAsync(string[] args)
    {
        var idle = TimeSpan.FromSeconds(args.Contains("--quick") ? 5 : 60);
        await using var live = await LiveGatehouse.CreateAsync();
        await using var probe = await MqttProbe.ConnectAsync(live.Broker, LiveGatehouse.AvailabilityTopic);
        var process = live.Start(alertCooldownSeconds: 300);
        await live.WaitUntilReadyAsync(probe);
        await Task.Delay(idle);

        var resident = ProcessMemory.ResidentMegabytes(process.Id);
        ResultsTable.Add(new BenchmarkFigure("idle", $"resident memory after {idle.TotalSeconds:0} s connected", $"{resident:0.0} MB ({ProcessMemory.Breakdown(process.Id)})", $"≤ {TargetMegabytes} MB", resident <= TargetMegabytes));
        return resident <= TargetMegabytes;
    }
}
