using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Tests.HaConfig;
using Newtonsoft.Json;
using static Gatehouse.Tests.Checks.Catalog.AuthFixture;

namespace Gatehouse.Tests.Checks.Catalog;

/// <summary>
/// webhooks on automations as the editor saves them: <c>platform: webhook</c> under <c>trigger:</c> (before 2024.10)
/// and <c>trigger: webhook</c> under <c>triggers:</c> (2024.10 on); local_only added in 2023.5, true by default from 2024.2.
/// </summary>
public sealed class WebhooksCheckTests : IDisposable
{
    private const string StrongId = "doorbell-Xq7vR2mK9pLw4TzN8bYc";

    private readonly TempConfigFolder _folder = new();

    public WebhooksCheckTests() => _folder.Write("configuration.yaml", "automation: !include automations.yaml\nautomation manual: !include_dir_merge_list automations\n");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RunAsync_NoWebhookTrigger_Passes()
    {
        _folder.Write("automations.yaml", "- alias: Lights\n  triggers:\n    - trigger: sun\n      event: sunset\n  actions: []\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal("No automation is started by a webhook.", result.Summary);
    }

    [Fact]
    public async Task RunAsync_RandomIdLocalOnly_PassesShowingOnlyItsStart()
    {
        WithAutomation("trigger: webhook", StrongId, localOnly: "true");

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Equal(["automations.yaml:5 'Doorbell': webhook door… (29 characters), home network only"], result.Details);
    }

    [Fact]
    public async Task RunAsync_ShortIdOpenToTheInternet_FailsWithFileLineAndAlias()
    {
        WithAutomation("platform: webhook", "garage", localOnly: "false", triggersKey: "trigger");

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal("automations.yaml:5 'Doorbell': webhook gar… (6 characters), open to the internet (local_only is not true), its id shorter than 16 characters", result.Details.Single());
        var finding = result.Findings.Single();
        Assert.Equal("webhooks:trigger:1712345678901#1", finding.Id);
        Assert.Contains("set local_only: true", finding.Fix, StringComparison.Ordinal);
        Assert.Contains("new random webhook id", finding.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("front-door-bell-pressed", "made of words")]
    [InlineData("alice-phone-12345", "built on a person's name")]
    public async Task RunAsync_GuessableIdOnTheHomeNetwork_Warns(string webhookId, string weakness)
    {
        _folder.WithPeople(new Person("a", "Alice", Owner: true));
        WithAutomation("trigger: webhook", webhookId, localOnly: null);

        var result = await Run();

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.EndsWith($"home network only, its id {weakness}", result.Details.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RandomIdOpenToTheInternet_Warns()
    {
        WithAutomation("trigger: webhook", StrongId, localOnly: "false");

        Assert.Equal(CheckStatus.Warn, (await Run()).Status);
    }

    [Theory]
    [InlineData("2023.12.4", "Warn")]
    [InlineData("2024.2.0", "Pass")]
    public async Task RunAsync_LocalOnlyLeftOut_DependsOnTheRelease(string version, string expected)
    {
        _folder.Write(".HA_VERSION", version);
        WithAutomation("platform: webhook", StrongId, localOnly: null, triggersKey: "trigger");

        Assert.Equal(Enum.Parse<CheckStatus>(expected), (await Run()).Status);
    }

    [Fact]
    public async Task RunAsync_IncludedFolderAndTemplateId_AreFoundAndTheTemplateNotJudged()
    {
        _folder.Write("automations.yaml", "[]\n");
        _folder.Write("automations/hooks.yaml", "- alias: Templated\n  trigger:\n    platform: webhook\n    webhook_id: \"{{ states('input_text.hook') }}\"\n  action: []\n");

        var result = await Run();

        Assert.Equal(CheckStatus.Pass, result.Status);
        Assert.Contains("its id a template (not judged)", result.Details.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AnyOutcome_NeverCarriesTheWholeId()
    {
        WithAutomation("trigger: webhook", "open-sesame-garage", localOnly: "false");

        var json = JsonConvert.SerializeObject(await Run());

        Assert.DoesNotContain("open-sesame-garage", json, StringComparison.Ordinal);
        Assert.DoesNotContain("open-", json, StringComparison.Ordinal);
        Assert.Contains("open… (18 characters)", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BrokenYaml_IsUnavailable()
    {
        _folder.Write("automations.yaml", "- alias: [unclosed\n");

        Assert.Equal(CheckStatus.Unavailable, (await Run()).Status);
    }

    private Task<CheckResult> Run() => new WebhooksCheck(_folder.Snapshot()).RunAsync(CancellationToken.None);

    private void WithAutomation(string platform, string webhookId, string? localOnly, string triggersKey = "triggers") =>
        _folder.Write("automations.yaml", $"""
            - id: "1712345678901"
              alias: Doorbell
              description: ""
              {triggersKey}:
                - {platform}
                  allowed_methods:
                    - POST
                  webhook_id: "{webhookId}"
            {(localOnly is null ? "" : $"      local_only: {localOnly}\n")}  conditions: []
              actions:
                - action: light.turn_on
                  target:
                    entity_id: light.hall
              mode: single
            """);
}
