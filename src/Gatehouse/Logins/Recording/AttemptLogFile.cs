using System.Text;

namespace Gatehouse.Logins.Recording;

/// <summary>
/// The attempt log's file: JSON lines, appended and fsync'd before an alert goes out, rewritten
/// atomically (temp file + rename) when it is compacted, set aside when it cannot be read.
/// </summary>
internal sealed class AttemptLogFile(string path)
{
    /// <summary>Far above what compaction keeps (8 MiB by default): anything larger was not written by Gatehouse.</summary>
    public const int MaxReadBytes = 64 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Path { get; } = path;

    public long Length => File.Exists(Path) ? new FileInfo(Path).Length : 0;

    /// <summary>
    /// The file's lines, or null when it is not a log Gatehouse wrote: binary garbage, invalid UTF-8, a link
    /// (perhaps to a device that never ends), or far larger than compaction ever lets it grow.
    /// </summary>
    public IReadOnlyList<string>? ReadLines()
    {
        var info = new FileInfo(Path);
        if (!info.Exists)
        {
            return [];
        }
        if (info.LinkTarget is not null)
        {
            return null;
        }
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxReadBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return text.Contains('\0', StringComparison.Ordinal)
            ? null
            : text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Appends the lines and, unless told otherwise, waits until they are on disk.</summary>
    public void Append(IEnumerable<string> lines, bool waitForDisk = true)
    {
        using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        using var writer = new StreamWriter(stream, StrictUtf8);
        foreach (var line in lines)
        {
            writer.Write(line);
            writer.Write('\n');
        }
        writer.Flush();
        stream.Flush(flushToDisk: waitForDisk);
    }

    /// <summary>Replaces the whole file; a crash midway leaves the old file or the new one, never half of either.</summary>
    public void Replace(IEnumerable<string> lines)
    {
        var temporary = Path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream, StrictUtf8))
        {
            foreach (var line in lines)
            {
                writer.Write(line);
                writer.Write('\n');
            }
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>Moves an unreadable file aside so it can be inspected, and returns where it went.</summary>
    public string SetAside(DateTimeOffset now)
    {
        var aside = $"{Path}.corrupt-{now.UtcDateTime:yyyyMMddHHmmss}";
        File.Move(Path, aside, overwrite: true);
        return aside;
    }
}
