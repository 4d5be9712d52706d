using System.Diagnostics;
using Gatehouse.Checks;
using Gatehouse.Checks.Engine;
using Gatehouse.HaConnection;
using Gatehouse.Logins;
using Gatehouse.Options;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Benchmarks;

/// <summary>
/// A full audit (every registered check) of a generated config folder of 2,000 YAML files, as the runner does it
/// on schedule. Budget: 2 s for the first run in a fresh process (JIT included). Pass --keep to keep the folder
/// (to time the command line on it as well).
/// </summary>
internal static class AuditBenchmark
{
    public const int YamlFiles = 2_000;
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private const int WarmRuns = 5;

    public static async Task<bool> RunAsync(string[] args)
    {
        var folder = Directory.CreateTempSubdirectory("gatehouse-bench-").FullName;
        try
        {
            var written = GeneratedConfigFolder.Write(folder, YamlFiles);
            Console.WriteLine($"Config folder: {folder} ({written} YAML files)");
            var configuration = new GatehouseConfiguration(new GatehouseOptions { PersonalTerms = ["smith"] }, new GatehouseEnvironment
            {
                OptionsFile = Path.Combine(folder, "none.json"),
                OptionsFileRequired = false,
                DataDirectory = folder,
                HaConfigDirectory = folder,
            });
            // Composed as the audit command composes it: the Supervisor client (answering "no Supervisor" here), no attempt log.
            var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddHomeAssistant(configuration)
                .AddSingleton<ILoginFiguresSource>(NoAttemptLog.Instance).AddCheckEngine(configuration).BuildServiceProvider();
            var runner = services.GetRequiredService<CheckRunner>();

            var cold = await TimeAsync(runner);
            var warm = new List<TimeSpan>();
            for (var i = 0; i < WarmRuns; i++)
            {
                warm.Add((await TimeAsync(runner)).Elapsed);
            }
            var median = warm.Order().ElementAt(WarmRuns / 2);
            Console.WriteLine($"First run (cold, JIT included): {cold.Elapsed.TotalMilliseconds:0} ms; warm median of {WarmRuns}: {median.TotalMilliseconds:0} ms; budget {Budget.TotalMilliseconds:0} ms");
            foreach (var result in cold.Report.Results)
            {
                Console.WriteLine($"  {result.Status,-11} {result.Id,-16} {result.Summary}");
            }
            var loaded = cold.Report.Results.Single(r => r.Id == "secrets_hygiene");
            var ok = cold.Elapsed < Budget && loaded.Status != CheckStatus.Unavailable;
            Console.WriteLine(ok ? "Within budget." : "OVER BUDGET (or the folder could not be read).");
            ResultsTable.Add(new BenchmarkFigure("audit", $"full audit of {YamlFiles:N0} YAML files, first run", $"{cold.Elapsed.TotalMilliseconds:0} ms (warm median {median.TotalMilliseconds:0} ms)", $"< {Budget.TotalMilliseconds:0} ms", ok));
            if (args.Contains("--keep"))
            {
                Console.WriteLine($"Kept {folder}; try: time dotnet src/Gatehouse/bin/Release/net10.0/Gatehouse.dll audit --config-dir {folder}");
                folder = "";
            }
            return ok;
        }
        finally
        {
            if (folder.Length > 0)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<(TimeSpan Elapsed, CheckReport Report)> TimeAsync(CheckRunner runner)
    {
        var stopwatch = Stopwatch.StartNew();
        var report = await runner.RunAsync(CancellationToken.None);
        return (stopwatch.Elapsed, report);
    }
}
