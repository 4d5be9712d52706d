using System.Runtime.InteropServices;

namespace Gatehouse.Logins.Recording;

/// <summary>
/// fsync of a folder: after a rename, the new name is only durable once the folder itself is flushed; a power cut
/// before that can bring back the old file. .NET has no call for it, so libc's open and fsync are used.
/// </summary>
internal static partial class DirectoryFlush
{
    private const int ReadOnly = 0;

    /// <summary>False when the folder could not be flushed (missing, or not on Linux); the rename itself stands.</summary>
    public static bool Flush(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        var descriptor = Open(directory, ReadOnly);
        if (descriptor < 0)
        {
            return false;
        }
        try
        {
            return Fsync(descriptor) == 0;
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
