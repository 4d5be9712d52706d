namespace Gatehouse.Benchmarks;

/// <summary>One measured figure against its target, for the printed table and RESULTS.md.</summary>
internal sealed record BenchmarkFigure(string Benchmark, string Measure, string Value, string Target, bool Met);
