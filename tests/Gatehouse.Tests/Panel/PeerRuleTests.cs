using System.Net;
using Gatehouse.Panel;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Testing;

namespace Gatehouse.Tests.Panel;

/// <summary>Only the allowed peers reach the panel; a scan of the port is refused and logged once, not per request.</summary>
public sealed class PeerRuleTests
{
    private static readonly IPAddress Ingress = IPAddress.Parse("172.30.32.2");
    private readonly FakeLogger _logger = new();

    [Theory]
    [InlineData("172.30.32.2", true)]
    [InlineData("::ffff:172.30.32.2", true)]
    [InlineData("172.30.32.1", false)]
    [InlineData("172.30.33.2", false)]
    [InlineData("127.0.0.1", false)]
    [InlineData("192.168.1.10", false)]
    public void Allows_OnlyTheIngressProxy(string peer, bool allowed)
    {
        Assert.Equal(allowed, new PeerRule([Ingress], _logger).Allows(IPAddress.Parse(peer)));
    }

    [Fact]
    public void Allows_UnknownPeer_IsRefused()
    {
        Assert.False(new PeerRule([Ingress], _logger).Allows(null));
    }

    [Fact]
    public async Task InvokeAsync_ManyRefusals_AnswerForbiddenAndLogOnce()
    {
        var rule = new PeerRule([Ingress], _logger);
        var reached = 0;
        for (var i = 0; i < 100; i++)
        {
            var context = new DefaultHttpContext();
            context.Connection.RemoteIpAddress = IPAddress.Parse("192.168.1.66");
            await rule.InvokeAsync(context, _ => { reached++; return Task.CompletedTask; });
            Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        }

        Assert.Equal(0, reached);
        Assert.Equal(100, rule.Refused);
        Assert.Equal(1, _logger.Collector.Count);
    }
}
