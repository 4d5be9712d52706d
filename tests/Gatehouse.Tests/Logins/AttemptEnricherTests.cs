using Gatehouse.Logins.Enrichment;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Gatehouse.Tests.Logins;

public sealed class AttemptEnricherTests
{
    private sealed class FailingLog : ILoginLogSource
    {
        public Task<IReadOnlyList<string>> RecentLinesAsync(CancellationToken cancellationToken) =>
            throw new HttpRequestException("the Supervisor answered 502");
    }

    [Fact]
    public async Task LookupAsync_LogSourceFails_NoDetails_AndSaysWhyInTheDebugLog()
    {
        var logger = new FakeLogger<AttemptEnricher>();
        var enricher = new AttemptEnricher([new FailingLog()], TimeProvider.System, logger);

        var found = await enricher.LookupAsync(["203.0.113.5"], CancellationToken.None);

        Assert.Empty(found);
        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal((LogLevel.Debug, "Reading HA's log for details of an attempt failed: the Supervisor answered 502. The alert goes out without them."), (record.Level, record.Message));
    }
}
