using System.CommandLine;
using Gatehouse.Hosting;

namespace Gatehouse.Cli;

/// <summary>The verbs: <c>run</c> (the default) and <c>audit</c>, plus <c>--help</c> and <c>--version</c>.</summary>
internal static class GatehouseCommandLine
{
    public static async Task<int> InvokeAsync(string[] args, TextWriter error)
    {
        var run = RunCommand.Create();
        var root = new RootCommand("Gatehouse guards a Home Assistant instance: it alerts on every failed login and audits its security.")
        {
            run,
        };
        root.Subcommands.Add(AuditCommand.Create());
        // With no verb Gatehouse runs the service: that is what the add-on starts.
        root.Action = run.Action;

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }
            await error.WriteLineAsync("Run 'Gatehouse --help' to see the commands and their options.");
            return ExitCodes.UsageOrConfiguration;
        }
        // The host handles SIGTERM itself and shuts down gracefully; the parser must not cut that short.
        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }
}
