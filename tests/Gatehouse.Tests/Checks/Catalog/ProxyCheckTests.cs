using Gatehouse.Checks;
using Gatehouse.Checks.Catalog;
using Gatehouse.Tests.HaConfig;

namespace Gatehouse.Tests.Checks.Catalog;

public sealed class ProxyCheckTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("use_x_forwarded_for: false\n  trusted_proxies: 0.0.0.0/0")]
    [InlineData("use_x_forwarded_for: true\n  trusted_proxies:\n    - 192.168.1.20\n    - 172.30.32.0/23\n    - ::1")]
    public async Task RunAsync_NoProxyOrOnlyTheProxy_Passes(string http)
    {
        _folder.Write("configuration.yaml", $"http:\n  {http}\n");

        Assert.Equal(CheckStatus.Pass, (await Run()).Status);
    }

    [Theory]
    [InlineData("10.0.0.0/8")]
    [InlineData("192.168.0.0/16")]
    [InlineData("not-an-address")]
    public async Task RunAsync_WholeNetworkOrUnreadable_Warns(string proxies)
    {
        _folder.Storage("http", "{\"stable\":{\"use_x_forwarded_for\":true,\"trusted_proxies\":[\"" + proxies + "\"]}}");

        Assert.Equal(CheckStatus.Warn, (await Run()).Status);
    }

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("::/0")]
    [InlineData("203.0.113.7/32")]
    [InlineData("192.168.1.0/8")]
    public async Task RunAsync_InternetRanges_Fail(string proxies)
    {
        _folder.Storage("http", "{\"stable\":{\"use_x_forwarded_for\":true,\"trusted_proxies\":[\"192.168.1.2\",\"" + proxies + "\"]}}");

        var result = await Run();

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Contains("includes internet addresses", result.Details[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HttpUnreadable_IsUnavailable()
    {
        _folder.Write(".storage/http", "{\"data\":{\"stable\":");

        Assert.Equal(CheckStatus.Unavailable, (await Run()).Status);
    }

    private Task<CheckResult> Run() => new ProxyCheck(_folder.Snapshot()).RunAsync(CancellationToken.None);
}
