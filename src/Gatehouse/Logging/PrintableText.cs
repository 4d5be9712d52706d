using System.Buffers;

namespace Gatehouse.Logging;

/// <summary>
/// Text that came from the config folder, HA or the network, made safe to print, log or publish: every control
/// character (C0, DEL, C1: escape sequences, line breaks that would forge a log line) and every bidirectional
/// override (which reorders what a reader sees) becomes '?', so the text stays visible as what it is.
/// </summary>
internal static class PrintableText
{
    private const char Replacement = '?';

    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u061C', '\u200E', '\u200F', .. Enumerable.Range(0x202A, 5).Select(c => (char)c), .. Enumerable.Range(0x2066, 4).Select(c => (char)c)]);

    public static string Clean(string text)
    {
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                if (Unsafe.Contains(span[i]))
                {
                    span[i] = Replacement;
                }
            }
        });
    }
}
