using System.Net;
using System.Text.RegularExpressions;

namespace Gatehouse.Logins.Notices;

/// <summary>
/// Reads the address out of every text HA has used for failed logins and bans (reference ha-core.md §3.2):
/// <list type="bullet">
/// <item>≈0.30: <c>Invalid password used from {ip}</c></item>
/// <item>≈0.77–0.114: <c>Login attempt or request with invalid authentication from {ip}</c></item>
/// <item>≈0.115–2021.1: <c>… from {host} ({ip})</c> plus <c> ({user_agent})</c> when the header was set</item>
/// <item>≈2021.2 to today: <c>… from {host} ({ip}). See the log for details.</c> (host may equal the IP, or be IPv6)</item>
/// <item>bans: <c>Too many login attempts from {ip}</c></item>
/// </list>
/// Anything else is <see cref="ParsedNotice.Unparsed"/>: still recorded and alerted with its raw text.
/// </summary>
internal static partial class NoticeTextParser
{
    /// <summary>Longer texts are not HA's: refuse them before any regex runs.</summary>
    public const int MaxMessageLength = 4096;

    public static ParsedNotice Parse(string message)
    {
        if (message.Length > MaxMessageLength)
        {
            return ParsedNotice.Unparsed;
        }
        try
        {
            return ParseText(message.Trim());
        }
        catch (RegexMatchTimeoutException)
        {
            return ParsedNotice.Unparsed;
        }
    }

    private static ParsedNotice ParseText(string text)
    {
        if (Ban().Match(text) is { Success: true } ban)
        {
            return FromAddress(ban.Groups["ip"].Value, host: null, userAgent: null);
        }
        if (Login().Match(text) is not { Success: true } login)
        {
            return ParsedNotice.Unparsed;
        }
        var rest = login.Groups["rest"].Value;
        if (HostAndIp().Match(rest) is { Success: true } both)
        {
            var userAgent = both.Groups["ua"].Success ? both.Groups["ua"].Value : null;
            return FromAddress(both.Groups["ip"].Value, both.Groups["host"].Value, userAgent);
        }
        if (IpOnly().Match(rest) is { Success: true } only)
        {
            return FromAddress(only.Groups["ip"].Value, host: null, userAgent: null);
        }
        return ParsedNotice.Unparsed;
    }

    /// <summary>One spelling per address (IPv4-mapped IPv6 as IPv4), so counts per address add up.</summary>
    public static string? NormalizeAddress(string text)
    {
        if (!IPAddress.TryParse(text, out var address))
        {
            return null;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return address.ToString();
    }

    private static ParsedNotice FromAddress(string ipText, string? host, string? userAgent)
    {
        var ip = NormalizeAddress(ipText);
        if (ip is null)
        {
            return ParsedNotice.Unparsed;
        }
        // HA prints the address twice when reverse DNS has no name: that is no host name.
        var name = host is null || NormalizeAddress(host) == ip ? null : host;
        return new ParsedNotice(ip, name, userAgent);
    }

    [GeneratedRegex(@"^Too many login attempts from (?<ip>[0-9A-Fa-f:.%\w]+?)\.?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ban();

    [GeneratedRegex(@"^(?:Login attempt or request with invalid authentication|Invalid password used) from (?<rest>.+?)(?:\.? See the log for details\.)?$", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Login();

    [GeneratedRegex(@"^(?<host>\S+) \((?<ip>[0-9A-Fa-f:.%\w]+)\)(?: \((?<ua>.*)\))?\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HostAndIp();

    [GeneratedRegex(@"^(?<ip>[0-9A-Fa-f:.%\w]+?)\.?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IpOnly();
}
