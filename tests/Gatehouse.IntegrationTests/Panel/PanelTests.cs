using System.Net;
using System.Text.RegularExpressions;
using Gatehouse.IntegrationTests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Panel;

/// <summary>
/// The panel over HTTP, through a loopback stand-in for ingress, against the shipped binary: who it answers, what it
/// sends, its data, and accepting a risk (score, MQTT sensor, restart). The browser's view is in PanelBrowserTests.
/// </summary>
[Collection(PanelCollection.Name)]
public sealed partial class PanelTests(PanelFixture fixture)
{
    private PanelScenario Scenario => fixture.Scenario;

    [Fact]
    public async Task Get_DirectlyFromAnotherPeer_IsRefused()
    {
        using var direct = new HttpClient();

        using var response = await direct.GetAsync(new Uri(Scenario.PanelDirect, "api/report"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_Page_HasAStrictPolicyAndOnlyRelativeUrls()
    {
        using var response = await Scenario.GetAsync("");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        var urls = Urls().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.NotEmpty(urls);
        // Nothing absolute (ingress serves the panel under a prefix) and nothing from elsewhere; data: is the empty icon.
        Assert.All(urls, url => Assert.DoesNotMatch("^(/|(?!data:)[a-z]+:)", url));
    }

    [Fact]
    public async Task Post_WithoutTheGuardHeader_IsRefusedAndRunsNothing()
    {
        int Requested() => Scenario.Gatehouse.Output.Count(line => line.Contains("asked for a security check run", StringComparison.Ordinal));
        var before = Requested();

        using var response = await Scenario.PostAsync("api/run", guarded: false);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, Requested());
    }

    [Fact]
    public async Task Accept_OnlyProblemOfACheck_RaisesScoreAndSensorAndSurvivesARestart()
    {
        var before = await Scenario.RunChecksAsync();
        var (check, finding) = OnlyProblem(before.Json);

        using (var accepted = await Scenario.PostAsync("api/accept", Body(finding, "Only reachable from the LAN", "90d")))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
        var after = await Scenario.WaitForReportAsync(before);

        Assert.True(after.Score > before.Score, $"score {before.Score} -> {after.Score}");
        var marked = Finding(after.Json, finding);
        Assert.True(marked.Value<bool>("accepted"));
        Assert.Equal(("Only reachable from the LAN", "Alice (alice)"), (marked.Value<string>("reason"), marked.Value<string>("accepted_by")));
        Assert.True(after.Json["checks"]!.Single(c => c.Value<string>("id") == check).Value<bool>("accepted"));
        Assert.Equal(after.Score, await Scenario.MqttScoreAsync(after.Score));
        Assert.Contains(Scenario.Gatehouse.Output, line => line.Contains($"Alice (alice) accepted the risk {finding}", StringComparison.Ordinal));

        await Scenario.RestartGatehouseAsync();
        var restarted = await Scenario.RunChecksAsync();

        Assert.True(Finding(restarted.Json, finding).Value<bool>("accepted"));
        Assert.Equal(after.Score, restarted.Score);

        using (var withdrawn = await Scenario.PostAsync("api/withdraw", $$"""{"finding_id":"{{finding}}"}"""))
        {
            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        }
        var back = await Scenario.WaitForReportAsync(restarted);
        Assert.Equal(before.Score, back.Score);
        Assert.False(Finding(back.Json, finding).Value<bool>("accepted"));
    }

    [Fact]
    public async Task Accept_UnknownFinding_IsNotFound()
    {
        await Scenario.RunChecksAsync();

        using var response = await Scenario.PostAsync("api/accept", Body("nothing:like:this", "reason", "30d"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A failing or warning check with exactly one problem: accepting it accepts the check.</summary>
    internal static (string Check, string Finding) OnlyProblem(JObject report)
    {
        var check = report["checks"]!.First(c =>
            c.Value<string>("status") is "fail" or "warn" && c["findings"]!.Count(f => f.Value<string>("status") is "fail" or "warn") == 1);
        return (check.Value<string>("id")!, check["findings"]!.Single(f => f.Value<string>("status") is "fail" or "warn").Value<string>("id")!);
    }

    private static JToken Finding(JObject report, string id) => report["checks"]!.SelectMany(c => c["findings"]!).Single(f => f.Value<string>("id") == id);

    private static string Body(string finding, string reason, string period) =>
        new JObject { ["finding_id"] = finding, ["reason"] = reason, ["period"] = period }.ToString();

    [Fact]
    public async Task Post_CrossSiteFormShape_IsRefused()
    {
        // What a cross-site form can send: a simple content type and no custom header.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Scenario.Ingress.PanelUrl, "api/accept"))
        {
            Content = new FormUrlEncodedContent([new("finding_id", "ip_ban:check:result"), new("period", "365d")]),
        };
        using var client = new HttpClient();

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Attempts_AfterFailedLogins_AreChartedAndListed()
    {
        Scenario.Ha.SimulateFailedLogin("203.0.113.77", "scanner.example");
        JObject? view = null;

        await Poll.UntilAsync(async () =>
        {
            using var response = await Scenario.GetAsync("api/attempts?range=24h");
            view = JObject.Parse(await response.Content.ReadAsStringAsync());
            // Classified once HA's log line is read, just after it is recorded.
            return view["recent"]!.Any(a => a.Value<string>("ip") == "203.0.113.77" && a.Value<string>("kind") == "password");
        }, "the classified attempt in api/attempts");

        Assert.Equal(24, view!["buckets"]!.Count());
        Assert.True(view["buckets"]!.Sum(b => b.Value<int>("failed")) >= 1);
        var attempt = view["recent"]!.First(a => a.Value<string>("ip") == "203.0.113.77");
        Assert.Equal(("scanner.example", "failed_login", "password"), (attempt.Value<string>("host"), attempt.Value<string>("type"), attempt.Value<string>("kind")));
    }

    [Theory]
    [InlineData("api/attempts?range=1y")]
    [InlineData("api/attempts")]
    public async Task Attempts_UnknownRange_IsABadRequest(string path)
    {
        using var response = await Scenario.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"finding_id":"x","reason":"r","period":"10y"}""")]
    [InlineData("""[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]""")]
    public async Task Accept_Malformed_IsABadRequest(string body)
    {
        using var response = await Scenario.PostAsync("api/accept", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Accept_OversizedBody_IsRefused()
    {
        using var response = await Scenario.PostAsync("api/accept", $$"""{"finding_id":"x","reason":"{{new string('r', 100_000)}}","period":"30d"}""");

        Assert.False(response.IsSuccessStatusCode);
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"]*)\"")]
    private static partial Regex Urls();
}
