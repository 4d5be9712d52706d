using System.Globalization;

namespace Gatehouse.Benchmarks;

/// <summary>Resident memory of a process, as the kernel counts it in /proc/PID/status.</summary>
internal static class ProcessMemory
{
    /// <summary>VmRSS: every resident page, the program's own data and the mapped binary alike.</summary>
    public static double ResidentMegabytes(int processId) => Megabytes(processId, "VmRSS");

    /// <summary>What the resident memory is made of: heap and stacks (anonymous) versus the mapped binary and libraries (file).</summary>
    public static string Breakdown(int processId) =>
        string.Create(CultureInfo.InvariantCulture, $"anonymous {Megabytes(processId, "RssAnon"):0.0} MB, file-backed {Megabytes(processId, "RssFile"):0.0} MB, {Field(processId, "Threads")} threads");

    private static double Megabytes(int processId, string field) => Field(processId, field) / 1024.0;

    private static long Field(int processId, string field)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
