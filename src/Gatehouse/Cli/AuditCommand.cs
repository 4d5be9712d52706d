using System.CommandLine;
using System.CommandLine.Parsing;
using Gatehouse.Cli.Audit;
using Gatehouse.Checks.Reports;
using Gatehouse.Options;

namespace Gatehouse.Cli;

/// <summary><c>Gatehouse audit</c>: run the security checks once and print a report (see <see cref="AuditRun"/>).</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var configDir = new Option<DirectoryInfo>("--config-dir") { Description = "The HA config folder to audit (the one holding configuration.yaml). Default: GATEHOUSE_HA_CONFIG, or /homeassistant." };
        // System.CommandLine has no converter for Uri (it fails with an unhandled "Cannot parse argument"), so the
        // address is read here, with the same rules and words as HA_URL.
        var haUrl = new Option<Uri>("--ha-url")
        {
            Description = "A live HA to audit, such as http://homeassistant.local:8123.",
            CustomParser = ParseHaUrl,
        };
        var token = new Option<string>("--token") { Description = "A long-lived access token for --ha-url (HA profile > Security)." };
        var format = new Option<string>("--format") { Description = "Report format: text (a table), json (for scripts) or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");

        var command = new Command("audit", "Run the security checks once and print a report. Exit code 1 when a check fails, 2 for a usage problem.")
        {
            configDir, haUrl, token, format,
        };
        command.SetAction((parsed, cancellationToken) =>
        {
            var request = new AuditRequest(
                parsed.GetValue(configDir)?.FullName,
                parsed.GetValue(haUrl),
                parsed.GetValue(token),
                Enum.Parse<ReportFormat>(parsed.GetValue(format)!, ignoreCase: true));
            // Colour only for a person at a terminal, and never when they opted out (https://no-color.org).
            var colour = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            return AuditRun.RunAsync(request, Environment.GetEnvironmentVariable, Console.Out, Console.Error, colour, cancellationToken);
        });
        return command;
    }

    private static Uri? ParseHaUrl(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (HomeAssistantUrl.TryParse(text, out var url))
        {
            return url;
        }
        result.AddError("--ha-url " + HomeAssistantUrl.Problem(text));
        return null;
    }
}
