namespace Gatehouse.IntegrationTests.Panel;

/// <summary>One Gatehouse, broker, fake HA and ingress stand-in for every panel test: starting them is the slow part.</summary>
public sealed class PanelFixture : IAsyncLifetime
{
    internal PanelScenario Scenario { get; private set; } = null!;

    public async Task InitializeAsync() => Scenario = await PanelScenario.StartAsync();

    public async Task DisposeAsync() => await Scenario.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PanelCollection : ICollectionFixture<PanelFixture>
{
    public const string Name = "Panel";
}
