using System.Text;

namespace Gatehouse.Logins.Recording;

/// <summary>
/// The attempt log's file: JSON lines, appended and fsync'd before an alert goes out, rewritten
/// atomically (temp file + rename) when it is compacted, set aside when it cannot be read.
/// </summary>
internal sealed class AttemptLogFile(string path)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Path { get; } = path;

    public long Length => File.Exists(Path) ? new FileInfo(Path).Length : 0;

    /// <summary>The file's lines, or null when it holds no text (binary garbage, invalid UTF-8).</summary>
    public IReadOnlyList<string>? ReadLines()
    {
        if (!File.Exists(Path))
        {
            return [];
        }
        string text;
        try
        {
            text = File.ReadAllText(Path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return text.Contains('\0', StringComparison.Ordinal)
            ? null
            : text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Appends the lines and waits until they are on disk.</summary>
    public void Append(IEnumerable<string> lines)
    {
        using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        using var writer = new StreamWriter(stream, StrictUtf8);
        foreach (var line in lines)
        {
            writer.Write(line);
            writer.Write('\n');
        }
        writer.Flush();
        stream.Flush(flushToDisk: true);
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
