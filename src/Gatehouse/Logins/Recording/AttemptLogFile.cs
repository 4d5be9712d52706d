using System.Text;

namespace Gatehouse.Logins.Recording;

/// <summary>
/// The attempt log's file: JSON lines, appended and fsync'd before an alert goes out, rewritten atomically
/// (temp file, rename, folder flush) when it is compacted. Read line by line: a damaged line (invalid UTF-8, a NUL,
/// far too long) costs only itself, and a torn last line (a power cut mid-append) is cut off before the next append.
/// Only a file that is no regular file is set aside whole.
/// </summary>
internal sealed class AttemptLogFile(string path)
{
    /// <summary>Far above what compaction keeps (8 MiB by default): only the newest this much of a larger file is read.</summary>
    public const int MaxReadBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Far above any line Gatehouse writes: notice texts are cut to 4 KB and HA's log lines to 8 KB, and JSON escaping
    /// at most sextuples them.
    /// </summary>
    public const int MaxLineBytes = 256 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Path { get; } = path;

    public long Length => File.Exists(Path) ? new FileInfo(Path).Length : 0;

    /// <summary>
    /// The file's readable lines and how many were dropped, or null when it is not a file Gatehouse wrote but a link
    /// (perhaps to a device that never ends).
    /// </summary>
    public (IReadOnlyList<string> Lines, int Dropped)? ReadLines()
    {
        var info = new FileInfo(Path);
        if (info.LinkTarget is not null)
        {
            return null;
        }
        if (!info.Exists)
        {
            return ([], 0);
        }
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        var reader = new LineReader();
        if (stream.Length > MaxReadBytes)
        {
            // The newest part matters most; the line the cut falls into is dropped.
            stream.Seek(-MaxReadBytes, SeekOrigin.End);
            reader.SkipToNextLine();
        }
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            reader.Take(chunk.AsSpan(0, read));
        }
        return reader.Finish();
    }

    /// <summary>Appends the lines (after cutting off a torn last line) and waits until they are on disk.</summary>
    public void Append(IEnumerable<string> lines)
    {
        using var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        CutTornTail(stream);
        stream.Seek(0, SeekOrigin.End);
        using var writer = new StreamWriter(stream, StrictUtf8);
        foreach (var line in lines)
        {
            writer.Write(line);
            writer.Write('\n');
        }
        writer.Flush();
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Replaces the whole file; a crash or power cut midway leaves the old file or the new one, never half of either.</summary>
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
        DirectoryFlush.Flush(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
    }

    /// <summary>Moves an unreadable file aside so it can be inspected, never over an earlier copy, and returns where it went.</summary>
    public string SetAside(DateTimeOffset now)
    {
        var stem = $"{Path}.corrupt-{now.UtcDateTime:yyyyMMddHHmmss}";
        var aside = stem;
        for (var copy = 2; File.Exists(aside) || new FileInfo(aside).LinkTarget is not null; copy++)
        {
            aside = $"{stem}-{copy}";
        }
        File.Move(Path, aside, overwrite: false);
        return aside;
    }

    /// <summary>Cuts a last line that has no newline (a torn write), so the next line does not run into it.</summary>
    private static void CutTornTail(FileStream stream)
    {
        if (!stream.CanSeek || stream.Length == 0)
        {
            return;
        }
        var end = stream.Length;
        var chunk = new byte[4096];
        var position = end;
        while (position > 0)
        {
            var size = (int)Math.Min(chunk.Length, position);
            position -= size;
            stream.Seek(position, SeekOrigin.Begin);
            stream.ReadExactly(chunk, 0, size);
            var newline = chunk.AsSpan(0, size).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                if (position + newline + 1 < end)
                {
                    stream.SetLength(position + newline + 1);
                }
                return;
            }
        }
        stream.SetLength(0);
    }

    /// <summary>Splits bytes into lines, keeping the valid ones and counting the others.</summary>
    private sealed class LineReader
    {
        private readonly List<string> _lines = [];
        private readonly MemoryStream _current = new();
        private bool _skipping;
        private int _dropped;

        public void SkipToNextLine()
        {
            _skipping = true;
            _dropped++;
        }

        public void Take(ReadOnlySpan<byte> bytes)
        {
            while (!bytes.IsEmpty)
            {
                var newline = bytes.IndexOf((byte)'\n');
                var part = newline < 0 ? bytes : bytes[..newline];
                if (!_skipping)
                {
                    if (_current.Length + part.Length > MaxLineBytes)
                    {
                        _current.SetLength(0);
                        SkipToNextLine();
                    }
                    else
                    {
                        _current.Write(part);
                    }
                }
                if (newline < 0)
                {
                    return;
                }
                EndLine();
                bytes = bytes[(newline + 1)..];
            }
        }

        /// <summary>A last line without a newline is torn: dropped.</summary>
        public (IReadOnlyList<string> Lines, int Dropped) Finish()
        {
            if (_current.Length > 0)
            {
                _dropped++;
            }
            return (_lines, _dropped);
        }

        private void EndLine()
        {
            if (!_skipping && _current.Length > 0)
            {
                if (Decode(_current.GetBuffer().AsSpan(0, (int)_current.Length)) is { } line)
                {
                    _lines.Add(line);
                }
                else
                {
                    _dropped++;
                }
            }
            _skipping = false;
            _current.SetLength(0);
        }

        private static string? Decode(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Contains((byte)0))
            {
                return null;
            }
            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }
    }
}
