using Gatehouse.Logins;
using Gatehouse.Logins.Enrichment;

namespace Gatehouse.Tests.Logins;

public class LoginLogLineParserTests
{
    [Fact]
    public void Parse_TodaysLine_GivesUrlAndUserAgent()
    {
        var line = LoginLogLineParser.Parse("Login attempt or request with invalid authentication from host.example (203.0.113.5). Requested URL: '/auth/login_flow/0a1b'. (Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0)");

        Assert.Equal(new LoginLogLine("203.0.113.5", "/auth/login_flow/0a1b", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0"), line);
    }

    [Fact]
    public void Parse_NoUserAgentHeader_HaWritesNone()
    {
        var line = LoginLogLineParser.Parse("Login attempt or request with invalid authentication from 127.0.0.1 (127.0.0.1). Requested URL: '/api/'. (None)");

        Assert.Equal(new LoginLogLine("127.0.0.1", "/api/", null), line);
    }

    [Fact]
    public void Parse_OlderLineWithoutUrl_GivesUserAgent()
    {
        var line = LoginLogLineParser.Parse("Login attempt or request with invalid authentication from nas.lan (10.0.0.9). (HomeAssistant/2021.9 iOS)");

        Assert.Equal(new LoginLogLine("10.0.0.9", null, "HomeAssistant/2021.9 iOS"), line);
    }

    [Theory]
    [InlineData("Banned IP 203.0.113.5 for too many login attempts")]
    [InlineData("Login attempt or request with invalid authentication from host (bogus). Requested URL: '/'. (x)")]
    [InlineData("")]
    public void Parse_OtherLines_AreNull(string text) => Assert.Null(LoginLogLineParser.Parse(text));

    [Theory]
    [InlineData("/auth/login_flow/abc", "Password")]
    [InlineData("/auth/login_flow", "Password")]
    [InlineData("/auth/token", "TokenRefresh")]
    [InlineData("/api/websocket", "ApiToken")]
    [InlineData("/api/", "ApiToken")]
    [InlineData("/api/states?x=1", "ApiToken")]
    [InlineData("/auth/authorize?client_id=x", "Unknown")]
    [InlineData("/apix", "Unknown")]
    [InlineData(null, "Unknown")]
    public void Classify_ByUrl(string? url, string kind) => Assert.Equal(Enum.Parse<LoginAttemptKind>(kind), AttemptClassifier.Classify(url));
}
