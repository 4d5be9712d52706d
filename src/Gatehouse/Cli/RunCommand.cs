using System.CommandLine;
using Gatehouse.Hosting;
using Gatehouse.Options;

namespace Gatehouse.Cli;

/// <summary><c>Gatehouse run</c>: the service the add-on starts. Stops cleanly on SIGTERM or Ctrl-C; exits non-zero when a part of it failed.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Watch Home Assistant for failed logins and run the security checks on a schedule (the default).");
        command.SetAction((_, cancellationToken) => RunAsync(cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        GatehouseConfiguration configuration;
        try
        {
            configuration = ConfigurationLoader.Load(Environment.GetEnvironmentVariable);
        }
        catch (InvalidConfigurationException exception)
        {
            foreach (var problem in exception.Problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString());
            }
            return ExitCodes.UsageOrConfiguration;
        }

        using var host = GatehouseHost.Build(configuration);
        return await GatehouseHost.RunAsync(host, Console.Error, cancellationToken);
    }
}
