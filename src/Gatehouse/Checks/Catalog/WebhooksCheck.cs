using Gatehouse.Checks.Webhooks;
using Gatehouse.HaConfig;
using Gatehouse.HomeAssistant.Compatibility;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// webhooks: an automation with a webhook trigger runs for anyone who sends a request to <c>/api/webhook/&lt;id&gt;</c>:
/// the id is the only password. Fail for a webhook open to the internet (<c>local_only: false</c>) whose id can be
/// guessed; warn for one open to the internet, or one with a guessable id. File:line and automation only, and never
/// the id in full (<see cref="WebhookTrigger.Shown"/>).
/// </summary>
internal sealed class WebhooksCheck(HaConfigSnapshot config) : ConfigFolderCheck(config)
{
    public const string CheckId = "webhooks";

    /// <summary>The release from which a webhook trigger without <c>local_only</c> answers the home network only (core#107670).</summary>
    public static readonly HaRelease LocalOnlyByDefaultSince = new(2024, 2);

    public override string Id => CheckId;

    public override string Title => "Automation webhooks";

    protected override CheckResult Run(CancellationToken cancellationToken)
    {
        var configuration = Config.Configuration;
        if (configuration.Value is not { } parsed)
        {
            return Unreadable(configuration.Problem!);
        }
        var names = Config.Users.Value?.Where(u => u.IsPerson).Select(u => u.Name).ToList() ?? [];
        var localByDefault = !(Release() < LocalOnlyByDefaultSince);
        var triggers = WebhookTriggers.Find(parsed).Select(t => t with { LocalOnly = t.LocalOnly ?? localByDefault }).ToList();
        if (triggers.Count == 0)
        {
            return this.Pass("No automation is started by a webhook.");
        }
        var judged = triggers
            .Select(t => (trigger: t, weakness: t.IsTemplate ? null : WebhookIdStrength.Weakness(t.WebhookId, names)))
            .Select(j => (j.trigger, j.weakness, status: Status(j.trigger, j.weakness)))
            .OrderByDescending(j => j.status)
            .ThenBy(j => j.trigger.Mark.File, StringComparer.Ordinal)
            .ThenBy(j => j.trigger.Mark.Line)
            .ToList();
        var details = judged.Select(j => $"{j.trigger.Mark} '{j.trigger.Automation}': webhook {j.trigger.Shown}, {Describe(j.trigger, j.weakness)}").ToList();
        var findings = judged.Where(j => j.status != CheckStatus.Pass)
            .Select(j => this.Finding("trigger", $"{j.trigger.AutomationKey}#{j.trigger.Index}", j.status,
                $"The automation '{j.trigger.Automation}' ({j.trigger.Mark}) can be started {(j.trigger.LocalOnly == true ? "from the home network" : "from the internet")} by a webhook {Describe(j.trigger, j.weakness)}",
                Fix(j.trigger, j.weakness)))
            .ToList();
        if (findings.Count == 0)
        {
            return this.Pass($"{triggers.Count} webhook trigger{(triggers.Count == 1 ? "" : "s")}, each with a long random id and answering only the home network.", details);
        }
        var remediation = string.Join(" ", findings.Select(f => f.Fix).Distinct());
        var failing = findings.Count(f => f.Status == CheckStatus.Fail);
        return (failing > 0
                ? this.Fail($"{failing} automation{(failing == 1 ? " is" : "s are")} open to the internet behind a guessable webhook id: anyone can set {(failing == 1 ? "it" : "them")} off.", details, remediation)
                : this.Warn($"{findings.Count} webhook trigger{(findings.Count == 1 ? " is" : "s are")} open to the internet or easy to guess.", details, remediation))
            .WithFindings(findings);
    }

    /// <summary>The HA release of the folder, or null when .HA_VERSION is missing or odd (then today's defaults are assumed).</summary>
    private HaRelease? Release() => HaRelease.Parse(Config.CoreVersion);

    private static CheckStatus Status(WebhookTrigger trigger, string? weakness) => (trigger.LocalOnly, weakness) switch
    {
        (false, not null) => CheckStatus.Fail,
        (false, null) or (true, not null) => CheckStatus.Warn,
        _ => CheckStatus.Pass,
    };

    private static string Describe(WebhookTrigger trigger, string? weakness) =>
        (trigger.LocalOnly == true ? "home network only" : "open to the internet (local_only is not true)")
        + (trigger.IsTemplate ? ", its id a template (not judged)" : weakness is null ? "" : $", its id {weakness}");

    private static string Fix(WebhookTrigger trigger, string? weakness)
    {
        var steps = new List<string>();
        if (trigger.LocalOnly != true)
        {
            steps.Add("set local_only: true (in the editor: the webhook trigger's gear, 'Only accessible from the local network') unless a service outside the house must call it");
        }
        if (weakness is not null)
        {
            steps.Add("give the trigger a new random webhook id of 24 or more characters (the automation editor's webhook trigger makes one) and update whatever calls it");
        }
        return $"In '{trigger.Automation}' ({trigger.Mark}): {string.Join("; ", steps)}.";
    }
}
