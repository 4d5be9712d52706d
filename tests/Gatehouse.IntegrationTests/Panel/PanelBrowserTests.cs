using Gatehouse.IntegrationTests.Infrastructure;
using Gatehouse.Logins.Alerting;
using Microsoft.Playwright;

namespace Gatehouse.IntegrationTests.Panel;

/// <summary>
/// A real Chromium (Debian's, driven by Playwright, no browser download) opens the panel through the ingress
/// stand-in, against the shipped binary and the fake HA: it renders without a console error or a blocked resource,
/// shows the MQTT sensor's score, charts the fake HA's failed logins, runs the checks and accepts a risk.
/// Screenshots (desktop and phone, light and dark) go to panel-screenshots/ in the test output.
/// </summary>
[Collection(PanelCollection.Name)]
public sealed class PanelBrowserTests(PanelFixture fixture, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "panel-screenshots");

    private PanelScenario Scenario => fixture.Scenario;

    [Fact]
    public async Task Page_RunChecks_ShowsTheSensorsScoreWithoutErrors()
    {
        await using var page = await OpenAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });

        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Run security checks" }).ClickAsync();
        await Assertions.Expect(page.Page.Locator("#run-status")).ToContainTextAsync("Checked at", new() { Timeout = Milliseconds(TestSettings.Timeout) });

        var shown = int.Parse(await page.Page.Locator("#score-value").TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(shown, await Scenario.MqttScoreAsync(shown));
        await Assertions.Expect(page.Page.Locator("#first-fix h2")).ToHaveTextAsync("Fix this first");
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Logins_AfterFailedLogins_ChartsAndListsThem()
    {
        Scenario.Ha.SimulateFailedLogin("198.51.100.23", "probe.example");
        Scenario.Ha.SimulateFailedLogin("198.51.100.24");
        await using var page = await OpenAsync(new BrowserNewContextOptions());

        await page.Page.GetByRole(AriaRole.Tab, new() { Name = "Logins" }).ClickAsync();
        await Assertions.Expect(page.Page.Locator("#attempts tbody")).ToContainTextAsync("198.51.100.24", new() { Timeout = Milliseconds(TestSettings.Timeout) });

        var failed = await page.Page.Locator("#chart g[data-failed]").EvaluateAllAsync<int>("bars => bars.reduce((sum, bar) => sum + Number(bar.dataset.failed), 0)");
        Assert.True(failed >= 2, $"the chart shows {failed} failed login(s)");
        await Assertions.Expect(page.Page.Locator("#attempts tbody")).ToContainTextAsync("probe.example");
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Checks_AcceptTheOnlyProblemOfACheck_RaisesTheScore()
    {
        var before = await Scenario.RunChecksAsync();
        var (_, finding) = PanelTests.OnlyProblem(before.Json);
        await using var page = await OpenAsync(new BrowserNewContextOptions());
        await page.Page.GetByRole(AriaRole.Tab, new() { Name = "Checks" }).ClickAsync();

        await page.Page.Locator($"li[data-finding='{finding}'] button").ClickAsync();
        await page.Page.GetByLabel("Why it is acceptable").FillAsync("The guest network cannot reach it");
        await page.Page.GetByLabel("Accepted for", new() { Exact = true }).SelectOptionAsync("30d");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Page.Locator("#run-status")).ToContainTextAsync("Checked at", new() { Timeout = Milliseconds(TestSettings.Timeout) });
        var after = await Scenario.WaitForReportAsync(before);
        Assert.True(after.Score > before.Score);
        Assert.Equal(after.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Page.Locator("#score-value").TextContentAsync());
        await page.Page.GetByLabel("Show").SelectOptionAsync("accepted");
        await Assertions.Expect(page.Page.Locator($"li[data-finding='{finding}']")).ToContainTextAsync("The guest network cannot reach it");
        page.AssertNoErrors();

        using var withdrawn = await Scenario.PostAsync("api/withdraw", $$"""{"finding_id":"{{finding}}"}""");
        await Scenario.WaitForReportAsync(after);
    }

    [Fact]
    public async Task Tabs_ArrowKeys_MoveBetweenViews()
    {
        await using var page = await OpenAsync(new BrowserNewContextOptions());

        await page.Page.GetByRole(AriaRole.Tab, new() { Name = "Overview" }).FocusAsync();
        await page.Page.Keyboard.PressAsync("ArrowRight");

        await Assertions.Expect(page.Page.GetByRole(AriaRole.Tab, new() { Name = "Checks" })).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(page.Page.Locator("#checks")).ToBeVisibleAsync();
        await Assertions.Expect(page.Page.Locator("#overview")).ToBeHiddenAsync();
        page.AssertNoErrors();
    }

    [Fact]
    [Trait("Issue", "16")]
    public async Task InHomeAssistant_AnAlertsLink_OpensItsTab_AndTheTabStaysInHomeAssistantsUrl()
    {
        var link = CompanionData.Link(Scenario.Ingress.FrontendUrl.AbsolutePath, PanelTab.Logins);
        await using var page = await OpenAsync(new BrowserNewContextOptions(), new Uri(Scenario.Ingress.FrontendUrl, link));
        var panel = page.Page.FrameLocator("#panel");

        await Assertions.Expect(panel.GetByRole(AriaRole.Tab, new() { Name = "Logins" })).ToHaveAttributeAsync("aria-selected", "true", new() { Timeout = Milliseconds(TestSettings.Timeout) });
        await Assertions.Expect(panel.Locator("#logins")).ToBeVisibleAsync();

        await panel.GetByRole(AriaRole.Tab, new() { Name = "Checks" }).ClickAsync();

        await Assertions.Expect(page.Page).ToHaveURLAsync(new Uri(Scenario.Ingress.FrontendUrl, CompanionData.Link(Scenario.Ingress.FrontendUrl.AbsolutePath, PanelTab.Checks)).ToString());
        // Replaced, not pushed: the back button leaves the panel instead of stepping through its tabs.
        var replaced = await page.Page.EvaluateAsync<bool[]>("window.navigations.map(n => n.options.replace)");
        Assert.Equal([true], replaced);
        await Assertions.Expect(panel.Locator("#checks")).ToBeVisibleAsync();
        page.AssertNoErrors();
    }

    [Fact]
    [Trait("Issue", "16")]
    public async Task InHomeAssistantBefore2026_2_AnAlertsLink_OpensTheOverview()
    {
        var link = CompanionData.Link(Scenario.Ingress.FrontendUrl.AbsolutePath, PanelTab.Logins);
        await using var page = await OpenAsync(new BrowserNewContextOptions(), new Uri(Scenario.Ingress.FrontendUrl, link + "?release=2026.1"));
        var panel = page.Page.FrameLocator("#panel");

        await Assertions.Expect(panel.Locator("#overview")).ToBeVisibleAsync(new() { Timeout = Milliseconds(TestSettings.Timeout) });
        await panel.GetByRole(AriaRole.Tab, new() { Name = "Checks" }).ClickAsync();

        await Assertions.Expect(panel.Locator("#checks")).ToBeVisibleAsync();
        Assert.Equal(new Uri(Scenario.Ingress.FrontendUrl, link + "?release=2026.1").ToString(), page.Page.Url);
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData("desktop", 1280, 900, ColorScheme.Light)]
    [InlineData("desktop", 1280, 900, ColorScheme.Dark)]
    [InlineData("phone", 390, 844, ColorScheme.Light)]
    [InlineData("phone", 390, 844, ColorScheme.Dark)]
    public async Task Screenshot_EachSizeAndScheme_FitsWithoutSideScrolling(string size, int width, int height, ColorScheme scheme)
    {
        await Scenario.RunChecksAsync();
        await using var page = await OpenAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme, IsMobile = size == "phone" });
        await Assertions.Expect(page.Page.Locator("#score-value")).Not.ToHaveTextAsync("–");

        Directory.CreateDirectory(Screenshots);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"panel-{size}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });

        var overflow = await page.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the {width} px screen");
        page.AssertNoErrors();
    }

    /// <summary>Opens the panel through ingress, or <paramref name="url"/> (HA's frontend around it).</summary>
    private async Task<OpenPage> OpenAsync(BrowserNewContextOptions options, Uri? url = null)
    {
        var context = await chromium.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var opened = new OpenPage(context, page);
        await page.GotoAsync((url ?? Scenario.Ingress.PanelUrl).ToString());
        return opened;
    }

    private static float Milliseconds(TimeSpan time) => (float)time.TotalMilliseconds;

    /// <summary>A page with every console error, uncaught exception and failed request it met.</summary>
    private sealed class OpenPage : IAsyncDisposable
    {
        private readonly List<string> _errors = [];

        public OpenPage(IBrowserContext context, IPage page)
        {
            Context = context;
            Page = page;
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    lock (_errors)
                    {
                        _errors.Add($"console {message.Type}: {message.Text}");
                    }
                }
            };
            page.PageError += (_, error) =>
            {
                lock (_errors)
                {
                    _errors.Add($"uncaught: {error}");
                }
            };
            page.RequestFailed += (_, request) =>
            {
                lock (_errors)
                {
                    _errors.Add($"request failed: {request.Url} {request.Failure}");
                }
            };
        }

        public IBrowserContext Context { get; }

        public IPage Page { get; }

        public void AssertNoErrors()
        {
            lock (_errors)
            {
                Assert.True(_errors.Count == 0, string.Join("\n", _errors));
            }
        }

        public async ValueTask DisposeAsync() => await Context.CloseAsync();
    }
}
