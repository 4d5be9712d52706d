using System.Globalization;

namespace Gatehouse.Benchmarks;

/// <summary>Resident memory of a process, as the kernel counts it (VmRSS in /proc/PID/status).</summary>
internal static class ProcessMemory
{
    public static double ResidentMegabytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }
}
