using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Yaml;

namespace Gatehouse.Checks.Webhooks;

/// <summary>
/// The webhook triggers of the automations HA loads from YAML: every <c>automation:</c> block (and <c>automation name:</c>
/// blocks and packages), with includes resolved. A trigger is <c>platform: webhook</c>, or <c>trigger: webhook</c> since
/// HA 2024.10, under <c>trigger:</c> or (2024.10) <c>triggers:</c>.
/// </summary>
internal static class WebhookTriggers
{
    public const string Domain = "automation";

    public static IEnumerable<WebhookTrigger> Find(HaConfiguration configuration) =>
        configuration.Sections(Domain)
            .SelectMany(section => section.Value switch
            {
                YamlList list => list.Items.OfType<YamlMap>(),
                YamlMap single => [single],
                _ => [],
            })
            .SelectMany(Of);

    private static IEnumerable<WebhookTrigger> Of(YamlMap automation)
    {
        var alias = Text(automation["alias"]);
        var id = Text(automation["id"]);
        var name = alias ?? id ?? "an automation without a name";
        var index = 0;
        foreach (var trigger in Triggers(automation))
        {
            if ((Text(trigger["platform"]) ?? Text(trigger["trigger"])) != "webhook" || Text(trigger["webhook_id"]) is not { Length: > 0 } webhookId)
            {
                continue;
            }
            index++;
            var localOnly = (trigger["local_only"] as YamlScalar)?.AsBool();
            yield return new WebhookTrigger(trigger.Mark, name, id ?? alias ?? trigger.Mark.ToString(), index, webhookId, localOnly);
        }
    }

    private static IEnumerable<YamlMap> Triggers(YamlMap automation) =>
        (automation["triggers"] ?? automation["trigger"]) switch
        {
            YamlList list => list.Items.OfType<YamlMap>(),
            YamlMap single => [single],
            _ => [],
        };

    private static string? Text(YamlNode? node) => node is YamlScalar { IsNull: false } scalar ? scalar.Value : null;
}
