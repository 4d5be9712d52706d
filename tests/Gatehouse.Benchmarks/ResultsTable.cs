using System.Runtime.InteropServices;
using System.Text;

namespace Gatehouse.Benchmarks;

/// <summary>Collects the figures of a run, prints them, and writes them with the machine and the command to RESULTS.md.</summary>
internal static class ResultsTable
{
    private static readonly List<BenchmarkFigure> Figures = [];

    public static void Add(BenchmarkFigure figure)
    {
        Figures.Add(figure);
        Console.WriteLine($"  {figure.Measure}: {figure.Value} (target {figure.Target}) {(figure.Met ? "met" : "MISSED")}");
    }

    public static void Write(string[] args)
    {
        if (Figures.Count == 0)
        {
            return;
        }
        var text = new StringBuilder()
            .AppendLine("# Benchmark results")
            .AppendLine()
            .AppendLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}.")
            .AppendLine($"Command: `addon/build.sh amd64 && dotnet run -c Release --project tests/Gatehouse.Benchmarks{(args.Length > 0 ? " -- " + string.Join(' ', args) : "")}`")
            .AppendLine()
            .AppendLine("| benchmark | measure | value | target | met |")
            .AppendLine("|---|---|---|---|---|");
        foreach (var figure in Figures)
        {
            text.AppendLine($"| {figure.Benchmark} | {figure.Measure} | {figure.Value} | {figure.Target} | {(figure.Met ? "yes" : "no")} |");
        }
        var path = Path.Combine(SourceFolder(), "RESULTS.md");
        File.WriteAllText(path, text.ToString());
        Console.WriteLine($"Wrote {path}");
    }

    private static string SourceFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Gatehouse.Benchmarks.csproj")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? ".";
    }
}
