using System.Diagnostics;
using Gatehouse.IntegrationTests.Mqtt;
using Gatehouse.Logins.Alerting;
using Gatehouse.Mqtt.Discovery;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Benchmarks;

/// <summary>
/// A storm: 10,000 failed logins from 100 addresses as fast as the fake HA can send them. All must be recorded and
/// drained in under 1 s; at most 10 notifications may go out in the first minute (the alert budget), and every
/// attempt must reach a real MQTT subscriber as an event (one by one, or folded into a count); resident memory
/// must grow by under 10 MB.
/// </summary>
internal static class StormBenchmark
{
    private const int Attempts = 10_000;
    private const int Addresses = 100;
    private static readonly TimeSpan DrainTarget = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FirstMinute = TimeSpan.FromMinutes(1);
    private const double GrowthTargetMegabytes = 10;

    public static async Task<bool> RunAsync(string[] _)
    {
        await using var live = await LiveGatehouse.CreateAsync();
        var eventTopic = GatehouseTopics.State(GatehouseEntities.LoginAttempt);
        await using var probe = await MqttProbe.ConnectAsync(live.Broker, LiveGatehouse.AvailabilityTopic, eventTopic);
        var process = live.Start(alertCooldownSeconds: 300);
        await live.WaitUntilReadyAsync(probe);
        var before = ProcessMemory.ResidentMegabytes(process.Id);
        var beforeParts = ProcessMemory.Breakdown(process.Id);

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Attempts; i++)
        {
            // 100 addresses in 100 networks: the alert budget, not the per-network cooldown, limits the alerts.
            live.Ha.SimulateFailedLogin($"198.{18 + (i % Addresses / 50)}.{i % Addresses}.7", url: $"/auth/login_flow/{i}");
        }
        var sent = clock.Elapsed;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (live.RecordedAttempts() < Attempts && !deadline.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }
        var drained = clock.Elapsed;
        var after = ProcessMemory.ResidentMegabytes(process.Id);
        var afterParts = ProcessMemory.Breakdown(process.Id);
        var recorded = live.RecordedAttempts();
        while (EventsReceived(probe, eventTopic) < Attempts && clock.Elapsed < FirstMinute)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
        var events = EventsReceived(probe, eventTopic);
        var eventsAt = clock.Elapsed;
        // The first minute of the storm: what the phone got.
        await Task.Delay(FirstMinute - clock.Elapsed + TimeSpan.FromSeconds(1));
        var inFirstMinute = live.NotifyCalls();
        var settled = ProcessMemory.ResidentMegabytes(process.Id);

        ResultsTable.Add(new BenchmarkFigure("storm", "notices sent by the fake HA", $"{sent.TotalMilliseconds:0} ms", "-", true));
        ResultsTable.Add(new BenchmarkFigure("storm", $"all {Attempts:N0} recorded (drained)", $"{drained.TotalMilliseconds:0} ms, {recorded:N0} recorded", $"< {DrainTarget.TotalMilliseconds:0} ms, all", drained < DrainTarget && recorded == Attempts));
        ResultsTable.Add(new BenchmarkFigure("storm", "notifications sent in the first minute", $"{inFirstMinute}", $"≤ {SendBudget.Limit}", inFirstMinute <= SendBudget.Limit));
        ResultsTable.Add(new BenchmarkFigure("storm", "attempts reaching an MQTT subscriber as events", $"{events:N0} after {eventsAt.TotalMilliseconds:0} ms", $"{Attempts:N0}", events == Attempts));
        ResultsTable.Add(new BenchmarkFigure("storm", "resident memory growth", $"{after - before:0.0} MB ({before:0.0} → {after:0.0}; before: {beforeParts}; after: {afterParts})", $"< {GrowthTargetMegabytes} MB", after - before < GrowthTargetMegabytes));
        ResultsTable.Add(new BenchmarkFigure("storm", "resident memory growth a minute later", $"{settled - before:0.0} MB ({ProcessMemory.Breakdown(process.Id)})", "-", true));
        return drained < DrainTarget && recorded == Attempts && inFirstMinute <= SendBudget.Limit && events == Attempts && after - before < GrowthTargetMegabytes;
    }

    /// <summary>Attempts the subscriber heard of: one per failed_login event, or the count a folded one carries.</summary>
    private static int EventsReceived(MqttProbe probe, string topic) =>
        probe.Received.Where(m => m.Topic == topic).Sum(m => (int?)JObject.Parse(m.Payload)["count"] ?? 1);
}
