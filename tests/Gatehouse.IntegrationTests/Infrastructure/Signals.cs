using System.Runtime.InteropServices;

namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>POSIX signals: .NET's Process.Kill only sends SIGKILL, and a graceful stop needs SIGTERM.</summary>
internal static partial class Signals
{
    public const int Terminate = 15;

    public static void Send(int processId, int signal)
    {
        if (NativeKill(processId, signal) != 0)
        {
            throw new InvalidOperationException($"kill({processId}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int NativeKill(int pid, int sig);
}
