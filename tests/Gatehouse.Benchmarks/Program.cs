using Gatehouse.Benchmarks;

// Each benchmark is a verb; with none, all of them run. Exit code 1 when one misses its budget.
var benchmarks = new Dictionary<string, Func<string[], Task<bool>>>(StringComparer.OrdinalIgnoreCase)
{
    ["audit"] = AuditBenchmark.RunAsync,
    ["latency"] = LatencyBenchmark.RunAsync,
    ["storm"] = StormBenchmark.RunAsync,
    ["idle"] = IdleMemoryBenchmark.RunAsync,
    ["startup"] = StartupBenchmark.RunAsync,
    ["ports"] = PortsBenchmark.RunAsync,
    ["panel"] = PanelBenchmark.RunAsync,
};
var chosen = args.Length > 0 ? args[0] : null;
if (chosen is not null && !benchmarks.ContainsKey(chosen))
{
    Console.Error.WriteLine($"Unknown benchmark '{chosen}'; choose one of: {string.Join(", ", benchmarks.Keys)}.");
    return 2;
}
var allWithinBudget = true;
foreach (var (name, run) in benchmarks.Where(b => chosen is null || b.Key.Equals(chosen, StringComparison.OrdinalIgnoreCase)))
{
    Console.WriteLine($"== {name}");
    allWithinBudget &= await run(args.Skip(1).ToArray());
}
ResultsTable.Write(args);
return allWithinBudget ? 0 : 1;
