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
        var retry = HomeAssistantClientOptions.DefaultAuthInvalidRetryDelay; // 5 minutes, as in production
        var time = new ObservedTimeProvider(new FakeTimeProvider(DateTimeOffset.UtcNow));
        await using var harness = new ClientHarness(HomeAssistantEndpoint.Standalone(_ha.BaseUrl, FakeHomeAssistant.Token),
            options => options with { AuthInvalidRetryDelay = retry }, time);
        await _ha.WaitUntilAsync(ha => ha.AuthAttempts.Count == 1, "the first refused attempt");

        // Ten minutes: the client waits its 5 minutes twice, and tries once after each.
        for (var attempt = 2; attempt <= 3; attempt++)
        {
            await time.WaitForTimerAsync(retry);
            time.Fake.Advance(retry);
            await _ha.WaitUntilAsync(ha => ha.AuthAttempts.Count == attempt, $"refused attempt {attempt}");
        }
        await time.WaitForTimerAsync(retry);

        Assert.Equal(3, _ha.AuthAttempts.Count);
        Assert.Single(harness.At(LogLevel.Error));
        Assert.InRange(harness.LogRecords.Count(r => r.Level >= LogLevel.Warning), 1, 3);
        Assert.False(harness.Client.IsConnected);
    }
}
