using Gatehouse.Logins.Notices;

namespace Gatehouse.Tests.Logins;

public class NoticeTextParserTests
{
    [Theory]
    // ≈2021.2 to today (ban.py: base_msg + " See the log for details.").
    [InlineData("Login attempt or request with invalid authentication from host.example (203.0.113.5). See the log for details.", "203.0.113.5", "host.example", null)]
    [InlineData("Login attempt or request with invalid authentication from 192.168.1.20 (192.168.1.20). See the log for details.", "192.168.1.20", null, null)]
    [InlineData("Login attempt or request with invalid authentication from Android.fritz.box (2a02:8071:1234::7). See the log for details.", "2a02:8071:1234::7", "Android.fritz.box", null)]
    [InlineData("Login attempt or request with invalid authentication from localhost (127.0.0.1). See the log for details.", "127.0.0.1", "localhost", null)]
    [InlineData("Login attempt or request with invalid authentication from 2001:db8::1 (2001:db8::1). See the log for details.", "2001:db8::1", null, null)]
    // Forks that print the address once.
    [InlineData("Login attempt or request with invalid authentication from 198.51.100.7. See the log for details.", "198.51.100.7", null, null)]
    // ≈0.115–2021.1: no period, user agent in the notice when the header was set.
    [InlineData("Login attempt or request with invalid authentication from nas.lan (10.0.0.9)", "10.0.0.9", "nas.lan", null)]
    [InlineData("Login attempt or request with invalid authentication from nas.lan (10.0.0.9) (Mozilla/5.0 (X11; Linux x86_64))", "10.0.0.9", "nas.lan", "Mozilla/5.0 (X11; Linux x86_64)")]
    // ≈0.77–0.114 and ≈0.30.
    [InlineData("Login attempt or request with invalid authentication from 203.0.113.77", "203.0.113.77", null, null)]
    [InlineData("Invalid password used from 203.0.113.78", "203.0.113.78", null, null)]
    // IPv4-mapped IPv6 counts as the IPv4 address.
    [InlineData("Login attempt or request with invalid authentication from ::ffff:203.0.113.9 (::ffff:203.0.113.9). See the log for details.", "203.0.113.9", null, null)]
    public void Parse_LoginTexts_EveryEra(string message, string ip, string? host, string? userAgent)
    {
        var parsed = NoticeTextParser.Parse(message);

        Assert.Equal(new ParsedNotice(ip, host, userAgent), parsed);
        Assert.True(parsed.IsParsed);
    }

    [Theory]
    [InlineData("Too many login attempts from 203.0.113.5", "203.0.113.5")]
    [InlineData("Too many login attempts from 2001:db8::2", "2001:db8::2")]
    public void Parse_BanTexts_GiveTheAddress(string message, string ip) =>
        Assert.Equal(new ParsedNotice(ip, null, null), NoticeTextParser.Parse(message));

    [Theory]
    [InlineData("")]
    [InlineData("Something else happened")]
    [InlineData("Login attempt or request with invalid authentication from <b>evil</b>. See the log for details.")]
    [InlineData("Login attempt or request with invalid authentication from host (not-an-ip). See the log for details.")]
    [InlineData("Too many login attempts from 999.1.1.1")]
    public void Parse_OtherTexts_AreUnparsed(string message) =>
        Assert.Same(ParsedNotice.Unparsed, NoticeTextParser.Parse(message));

    [Fact]
    public void Parse_MarkupInHostPart_KeepsItAsText()
    {
        var parsed = NoticeTextParser.Parse("Login attempt or request with invalid authentication from <img/src=x> (203.0.113.5). See the log for details.");

        Assert.Equal("203.0.113.5", parsed.Ip);
        Assert.Equal("<img/src=x>", parsed.Host);
    }

    [Fact]
    public void Parse_HugeText_IsUnparsedAtOnce()
    {
        var message = "Login attempt or request with invalid authentication from " + new string('a', 100_000) + " (203.0.113.5).";

        Assert.Same(ParsedNotice.Unparsed, NoticeTextParser.Parse(message));
    }

    [Fact]
    public void Parse_ControlCharacters_NeverThrow()
    {
        var parsed = NoticeTextParser.Parse("Login attempt or request with invalid authentication from h\u0000\u001b[31m (203.0.113.5). See the log for details.");

        Assert.Equal("203.0.113.5", parsed.Ip);
    }
}
