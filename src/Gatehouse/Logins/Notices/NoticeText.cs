using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Gatehouse.Logins.Notices;

/// <summary>
/// Bounds a notice's text. Any HA user can create a notice with the id <c>http-login</c> and any text, megabytes of
/// it: an attempt is keyed on a fingerprint of the whole text, and only a cut copy, which says it was cut, is kept,
/// stored and sent.
/// </summary>
internal static class NoticeText
{
    /// <summary>Far above any text HA writes (about 150 characters), and the longest the parser reads.</summary>
    public const int MaxKeptLength = NoticeTextParser.MaxMessageLength;

    /// <summary>What an attempt keeps of a text whose address could not be read: enough to recognise it in an alert.</summary>
    public const int MaxRawLength = 300;

    public const int MaxTitleLength = 200;

    /// <summary>128 bits of SHA-256 over the whole text: tells texts apart without keeping them.</summary>
    public static string Fingerprint(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan())).AsSpan(0, 16));

    public static bool IsFingerprint(string text) => text.Length == 32 && text.All(char.IsAsciiHexDigitLower);

    /// <summary>
    /// The text itself when short enough; otherwise its start and a note of how long the whole was
    /// (<paramref name="wholeLength"/>: of the text this one was already cut from, if it was).
    /// </summary>
    public static string Cut(string text, int maxLength, int? wholeLength = null)
    {
        var whole = wholeLength ?? text.Length;
        return whole <= maxLength
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{Start(text, maxLength)}… (cut: {whole:N0} characters in all)");
    }

    /// <summary>At most <paramref name="maxLength"/> characters, never half a surrogate pair.</summary>
    public static string Start(string text, int maxLength) =>
        text.Length <= maxLength ? text : text[..(char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength)];
}
