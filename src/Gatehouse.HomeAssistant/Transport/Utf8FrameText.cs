using System.Text;

namespace Gatehouse.HomeAssistant.Transport;

/// <summary>
/// A frame's UTF-8 bytes as text, decoded straight into the JSON reader's buffer: no string of the whole frame (a
/// 64 MiB get_states would be held twice) and no buffers of its own (a StreamReader's cost 3 KB a frame, thousands
/// of frames a second in a storm). Bytes that are not UTF-8 read as U+FFFD, as a StreamReader reads them, and a
/// leading UTF-8 byte order mark is skipped as it skips it; a text frame is UTF-8 (RFC 6455 §5.6), so no other
/// encoding's mark is looked for.
/// </summary>
internal sealed class Utf8FrameText(byte[] frame) : TextReader
{
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private char? _lowSurrogate;
    private int _position = frame.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        if (_lowSurrogate is { } low)
        {
            buffer[0] = low;
            _lowSurrogate = null;
            return 1;
        }
        if (buffer.Length == 1)
        {
            // A character outside the BMP needs two chars: the second waits for the next read.
            Span<char> pair = stackalloc char[2];
            var read = Decode(pair);
            if (read == 2)
            {
                _lowSurrogate = pair[1];
            }
            buffer[0] = pair[0];
            return Math.Min(read, 1);
        }
        return Decode(buffer);
    }

    private int Decode(Span<char> buffer)
    {
        // The rest of the frame is always the last block, so a cut-off last character reads as U+FFFD.
        _decoder.Convert(frame.AsSpan(_position), buffer, flush: true, out var bytesUsed, out var charsUsed, out _);
        _position += bytesUsed;
        return charsUsed;
    }

    public override int Peek() => throw new NotSupportedException("The JSON reader reads in blocks.");

    public override int Read() => throw new NotSupportedException("The JSON reader reads in blocks.");
}
