using System.Text.RegularExpressions;
using Gatehouse.Logins.Notices;

namespace Gatehouse.Logins.Enrichment;

/// <summary>
/// Reads ban.py's log line, <c>Login attempt or request with invalid authentication from {host} ({ip}).
/// Requested URL: '{url}'. ({user_agent})</c> (≈2022.9 to today), and the older form without the URL.
/// The user agent is whatever the client sent: it is kept as text and never trusted.
/// </summary>
internal static partial class LoginLogLineParser
{
    private const int MaxLineLength = 8192;

    public static LoginLogLine? Parse(string line)
    {
        if (line.Length > MaxLineLength)
        {
            return null;
        }
        try
        {
            if (Line().Match(line) is not { Success: true } match
                || NoticeTextParser.NormalizeAddress(match.Groups["ip"].Value) is not { } ip)
            {
                return null;
            }
            var url = match.Groups["url"].Success ? match.Groups["url"].Value : null;
            var userAgent = match.Groups["ua"].Success && match.Groups["ua"].Value != "None" ? match.Groups["ua"].Value : null;
            return new LoginLogLine(ip, url, userAgent);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"Login attempt or request with invalid authentication from \S+ \((?<ip>[0-9A-Fa-f:.%\w]+)\)\.(?: Requested URL: '(?<url>[^']*)'\.)?(?: \((?<ua>.*)\))?\s*$", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Line();
}
