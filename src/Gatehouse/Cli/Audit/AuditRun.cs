using Gatehouse.Acceptance;
using Gatehouse.Checks;
using Gatehouse.Checks.Engine;
using Gatehouse.Checks.Reports;
using Gatehouse.HaConnection;
using Gatehouse.Hosting;
using Gatehouse.Logging;
using Gatehouse.Logins;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Gatehouse.Cli.Audit;

/// <summary>
/// <c>Gatehouse audit</c>: run every check once against the config folder and/or a live HA, print the report,
/// and answer the exit code (1 when a check fails, 2 for a usage or configuration problem). Reads the same options
/// file and variables as the service (GATEHOUSE_OPTIONS, so scan_hosts, allowed_ports… apply), and uses the same
/// live sources (SUPERVISOR_URL/SUPERVISOR_TOKEN in the add-on); the flags override GATEHOUSE_HA_CONFIG, HA_URL and HA_TOKEN.
/// </summary>
internal static class AuditRun
{
    public static async Task<int> RunAsync(AuditRequest request, Func<string, string?> variable, TextWriter output, TextWriter error, bool colour, CancellationToken cancellationToken)
    {
        if ((request.HaUrl is null) != (request.Token is null))
        {
            await error.WriteLineAsync("--ha-url and --token go together: give both (the token is a long-lived access token from your HA profile, Security tab), or neither.");
            return ExitCodes.UsageOrConfiguration;
        }
        if (request.ConfigDirectory is { } given && !Directory.Exists(given))
        {
            await error.WriteLineAsync($"--config-dir {given} does not exist; give HA's config folder (the one holding configuration.yaml).");
            return ExitCodes.UsageOrConfiguration;
        }

        GatehouseConfiguration configuration;
        try
        {
            configuration = ConfigurationLoader.Load(name => Override(request, name) ?? variable(name));
        }
        catch (InvalidConfigurationException exception)
        {
            foreach (var problem in exception.Problems)
            {
                await error.WriteLineAsync(problem.ToString());
            }
            return ExitCodes.UsageOrConfiguration;
        }
        if (!Directory.Exists(configuration.Environment.HaConfigDirectory) && configuration.Environment.HomeAssistant is null)
        {
            await error.WriteLineAsync($"Nothing to audit: HA's config folder {configuration.Environment.HaConfigDirectory} does not exist and no live HA was given. Pass --config-dir <folder holding configuration.yaml>, or --ha-url and --token.");
            return ExitCodes.UsageOrConfiguration;
        }

        await using var services = Services(configuration);
        CheckReport report;
        await using (var connection = AuditConnection.Start(services))
        {
            if (await connection.WaitConnectedAsync(configuration.Environment, cancellationToken) is { } problem)
            {
                await error.WriteLineAsync(problem);
                return ExitCodes.UsageOrConfiguration;
            }
            report = await services.GetRequiredService<CheckRunner>().RunAsync(cancellationToken);
        }
        switch (request.Format)
        {
            case ReportFormat.Json:
                JsonReport.Write(report, output);
                break;
            case ReportFormat.Markdown:
                MarkdownReport.Write(report, output);
                break;
            default:
                TextReport.Write(report, output, colour);
                break;
        }
        await output.FlushAsync(cancellationToken);
        return report.Results.Any(r => r.Status == CheckStatus.Fail) ? ExitCodes.AuditFailed : ExitCodes.Success;
    }

    private static string? Override(AuditRequest request, string name) => name switch
    {
        EnvironmentNames.HaConfigDirectory => request.ConfigDirectory,
        EnvironmentNames.HaUrl => request.HaUrl?.ToString(),
        EnvironmentNames.HaToken => request.Token,
        _ => null,
    };

    private static ServiceProvider Services(GatehouseConfiguration configuration)
    {
        var services = new ServiceCollection();
        // Warnings and errors only, and never on stdout: the report there may be JSON for a script.
        services.AddLogging(logging =>
        {
            logging.AddGatehouseConsole(AddonLogLevel.Warning);
            logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        services.AddSingleton(configuration);
        services.AddSingleton(TimeProvider.System);
        // The live sources, as the service has them: HA over its websocket and the Supervisor in the add-on.
        services.AddHomeAssistant(configuration);
        // The risks accepted in the panel show as accepted, as in the service's report.
        services.AddAcceptedRisks();
        // The attempt log is the running add-on's: this command keeps none, and says so for login_activity.
        services.AddSingleton<ILoginFiguresSource>(NoAttemptLog.Instance);
        services.AddCheckEngine(configuration);
        return services.BuildServiceProvider();
    }
}
