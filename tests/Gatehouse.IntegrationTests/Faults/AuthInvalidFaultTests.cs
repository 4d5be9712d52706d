using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.HomeAssistant.Client;
using Gatehouse.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.IntegrationTests.Faults;

/// <summary>A refused token for ten minutes (of fake time): a handful of log lines and a bounded number of retries, never a loop.</summary>
public sealed class AuthInvalidFaultTests : IAsyncLifetime
{
    private FakeHomeAssistant _ha = null!;

    public async Task InitializeAsync()
    {
        _ha = await FakeHomeAssistant.StartAsync();
        _ha.AcceptedToken = "a-token-that-is-not-the-one-sent";
    }

    public async Task DisposeAsync() => await _ha.DisposeAsync();

    [Fact]
    public async Task AuthInvalidForTenMinutes_FewLogLines_BoundedRetries()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // The production defaults: a refused token is retried every 5 minutes.
        await using var harness = new ClientHarness(HomeAssistantEndpoint.Standalone(_ha.BaseUrl, FakeHomeAssistant.Token),
            options => options with { AuthInvalidRetryDelay = HomeAssistantClientOptions.DefaultAuthInvalidRetryDelay }, time);
        await _ha.WaitUntilAsync(ha => ha.AuthAttempts.Count == 1, "the first refused attempt");

        // Ten minutes in 30 s steps, letting the client act on each step before the next.
        for (var step = 0; step < 20; step++)
        {
            await Poll.UntilAsync(() => harness.LogRecords.Count >= 1, "the refusal logged");
            time.Advance(TimeSpan.FromSeconds(30));
            var expected = 1 + (step + 1) / 10;
            await Poll.UntilAsync(() => _ha.AuthAttempts.Count >= expected, $"attempt {expected} after {(step + 1) * 30} s");
        }

        Assert.InRange(_ha.AuthAttempts.Count, 2, 3);
        Assert.Single(harness.At(LogLevel.Error));
        Assert.InRange(harness.LogRecords.Count(r => r.Level >= LogLevel.Warning), 1, 3);
        Assert.False(harness.Client.IsConnected);
    }
}
