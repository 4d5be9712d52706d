using System.Diagnostics;
using Gatehouse.IntegrationTests.Mqtt;
using Gatehouse.Panel;

namespace Gatehouse.Benchmarks;

/// <summary>
/// The panel as a browser loads it: the time to the page's first byte (the first request after start, then the
/// median of 20) and every byte the page fetches (the page, its style and script, and its three data calls after a
/// check run). Targets: first byte under 20 ms, the whole page under 150 KB.
/// </summary>
internal static class PanelBenchmark
{
    private const int Requests = 20;
    private const double TargetMilliseconds = 20;
    private const double TargetKilobytes = 150;
    private static readonly string[] PageFetches = ["", "panel.css", "panel.js", "api/report", "api/attempts?range=24h", "api/bans"];

    public static async Task<bool> RunAsync(string[] _)
    {
        await using var live = await LiveGatehouse.CreateAsync();
        await using var probe = await MqttProbe.ConnectAsync(live.Broker, LiveGatehouse.AvailabilityTopic);
        live.Start(alertCooldownSeconds: 300);
        await live.WaitUntilReadyAsync(probe);

        var firstBytes = new List<double>();
        for (var i = 0; i < Requests; i++)
        {
            // A new connection each time, as a reopened panel makes.
            using var http = new HttpClient { BaseAddress = live.PanelUrl };
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync("", HttpCompletionOption.ResponseHeadersRead);
            firstBytes.Add(clock.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }
        var median = firstBytes.Order().ElementAt(Requests / 2);

        using var page = new HttpClient { BaseAddress = live.PanelUrl };
        using (var run = new HttpRequestMessage(HttpMethod.Post, "api/run") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") })
        {
            run.Headers.Add(PanelCaller.GuardHeader, "1");
            (await page.SendAsync(run)).EnsureSuccessStatusCode();
        }
        while ((await page.GetAsync("api/report")).StatusCode != System.Net.HttpStatusCode.OK)
        {
            await Task.Delay(50);
        }
        long bytes = 0;
        foreach (var path in PageFetches)
        {
            bytes += (await page.GetByteArrayAsync(path)).Length;
        }
        var kilobytes = bytes / 1024.0;

        ResultsTable.Add(new BenchmarkFigure("panel", $"first byte of the page, median of {Requests} new connections", $"{median:0.0} ms (first after start: {firstBytes[0]:0.0} ms)", $"< {TargetMilliseconds:0} ms", median < TargetMilliseconds));
        ResultsTable.Add(new BenchmarkFigure("panel", "the page with its style, script and data, uncompressed", $"{kilobytes:0.0} KB", $"< {TargetKilobytes:0} KB", kilobytes < TargetKilobytes));
        return median < TargetMilliseconds && kilobytes < TargetKilobytes;
    }
}
