using Gatehouse.Checks;

namespace Gatehouse.IntegrationTests.Mqtt;

/// <summary>A registered check as the MQTT side sees it: only its id and title matter here, so it is never run.</summary>
internal sealed class TestCheck(string id, string title) : ISecurityCheck
{
    public string Id => id;

    public string Title => title;

    public IReadOnlyList<CheckSource> Sources => [];

    public Task<CheckResult> RunAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The MQTT tests announce checks; they never run them.");
}
