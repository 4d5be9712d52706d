using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Gatehouse.HaConfig;

/// <summary>
/// Opens a file only when it is a regular file. A named pipe (FIFO) blocks <c>open()</c> until a writer comes and a
/// device can stream without end, so the file is opened non-blocking and without following a last link, and the
/// type of what was actually opened is asked of the open handle (statx): nothing swapped in between a check and
/// the open can make the read block. Linux only (what the add-on runs on); elsewhere a plain open.
/// </summary>
internal static partial class RegularFile
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800; // O_NONBLOCK, the same on x86-64 and AArch64
    private const int CloseOnExec = 0x80000; // O_CLOEXEC, likewise
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH: statx of the descriptor itself
    private const uint TypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int ModeOffset = 28; // struct statx's stx_mode: the same layout on every architecture
    private const int SizeOffset = 40; // stx_size
    private const int TypeMask = 0xF000; // S_IFMT
    private const int Regular = 0x8000; // S_IFREG
    private const int Loop = 40; // ELOOP: the last name is a link, which O_NOFOLLOW refuses

    // O_NOFOLLOW is one of the few flags whose value differs between the two architectures the add-on ships for.
    private static int NoFollow => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

    /// <summary>The open handle and the file's size, or null and why it was not opened (a sentence part: "is a named pipe…").</summary>
    /// <exception cref="IOException">The file could not be opened or asked for its type.</exception>
    public static (SafeFileHandle? Handle, long Length, string? Problem) Open(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return (handle, RandomAccess.GetLength(handle), null);
        }
        var descriptor = OpenFile(path, ReadOnly | NonBlocking | CloseOnExec | NoFollow);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return error == Loop
                ? (null, 0, "was replaced by a symbolic link while it was being read")
                : throw new IOException(Marshal.GetPInvokeErrorMessage(error), error);
        }
        var opened = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            Span<byte> status = stackalloc byte[256];
            status.Clear();
            if (Statx(descriptor, "", EmptyPath, TypeAndSize, ref MemoryMarshal.GetReference(status)) != 0)
            {
                throw new IOException(Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError()));
            }
            var type = BitConverter.ToUInt16(status[ModeOffset..]) & TypeMask;
            if (type != Regular)
            {
                opened.Dispose();
                return (null, 0, $"is {Describe(type)}, not a regular file; Gatehouse reads only regular files (this one could block or never end)");
            }
            return (opened, BitConverter.ToInt64(status[SizeOffset..]), null);
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    /// <summary>Where an open handle really leads (the kernel's own record), or null where /proc is not mounted.</summary>
    public static string? OpenedPath(SafeFileHandle handle) =>
        OperatingSystem.IsLinux() ? new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle()}").LinkTarget : null;

    private static string Describe(int type) => type switch
    {
        0x1000 => "a named pipe (FIFO)",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0xC000 => "a socket",
        0x4000 => "a folder",
        _ => "a special file",
    };

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenFile(string path, int flags);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte status);
}
