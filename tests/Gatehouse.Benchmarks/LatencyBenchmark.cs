using System.Diagnostics;
using Gatehouse.IntegrationTests.Mqtt;
using Gatehouse.Logins.Alerting;
using Gatehouse.Mqtt.Discovery;

namespace Gatehouse.Benchmarks;

/// <summary>
/// Notice to what the owner sees: HA shows a failed-login notice, and the clock stops when a real MQTT subscriber
/// receives the attempt's event (every attempt), and when HA receives the notify call (the first ones, as many as the
/// alert budget lets out at once). 1,000 attempts one after another, each from its own network (cooldown 0).
/// Target: p99 under 5 ms.
/// </summary>
internal static class LatencyBenchmark
{
    private const int Attempts = 1_000;
    private const int WarmUp = 50;
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(5);

    public static async Task<bool> RunAsync(string[] _)
    {
        await using var live = await LiveGatehouse.CreateAsync();
        var eventTopic = GatehouseTopics.State(GatehouseEntities.LoginAttempt);
        await using var probe = await MqttProbe.ConnectAsync(live.Broker, LiveGatehouse.AvailabilityTopic, eventTopic);
        live.Start(alertCooldownSeconds: 0);
        await live.WaitUntilReadyAsync(probe);

        var toNotify = new List<double>();
        var toEvent = new List<double>();
        for (var i = 0; i < WarmUp + Attempts; i++)
        {
            var notified = live.NotifyCalls();
            var events = probe.Received.Count(m => m.Topic == eventTopic);
            var clock = Stopwatch.StartNew();
            live.Ha.SimulateFailedLogin($"10.{i / 65536 % 256}.{i / 256 % 256}.{i % 256}");
            if (toNotify.Count < SendBudget.Limit - SendBudget.ReservedForBans)
            {
                await live.Ha.WaitUntilAsync(_ => live.NotifyCalls() > notified, "the notify call");
                toNotify.Add(clock.Elapsed.TotalMilliseconds);
            }
            await probe.WaitUntilAsync(received => received.Count(m => m.Topic == eventTopic) > events, "the attempt's event");
            if (i >= WarmUp)
            {
                toEvent.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        toEvent.Sort();
        toNotify.Sort();
        var p50 = toEvent[toEvent.Count / 2];
        var p99 = toEvent[(int)Math.Ceiling(toEvent.Count * 0.99) - 1];
        ResultsTable.Add(new BenchmarkFigure("latency", $"notice → notify, median of the first {toNotify.Count} (the alert budget's)", $"{toNotify[toNotify.Count / 2]:0.00} ms", "-", true));
        ResultsTable.Add(new BenchmarkFigure("latency", "notice → MQTT event at a subscriber, p50", $"{p50:0.00} ms", "-", true));
        ResultsTable.Add(new BenchmarkFigure("latency", "notice → MQTT event at a subscriber, p99", $"{p99:0.00} ms", $"< {Target.TotalMilliseconds} ms", p99 < Target.TotalMilliseconds));
        return p99 < Target.TotalMilliseconds;
    }
}
