using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Fakes.Supervisor;

namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>
/// Base of the tests that reach HA as the add-on does: a fake HA behind the fake Supervisor, whose
/// <c>/core/websocket</c> proxy relays to it. Each test gets its own pair.
/// </summary>
public abstract class SupervisedHomeAssistantTests : IAsyncLifetime
{
    internal FakeHomeAssistant Ha { get; private set; } = null!;

    internal FakeSupervisor Supervisor { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Ha = await FakeHomeAssistant.StartAsync();
        Supervisor = await FakeSupervisor.StartAsync();
        Supervisor.HomeAssistant = Ha;
    }

    public virtual async Task DisposeAsync()
    {
        await Supervisor.DisposeAsync();
        await Ha.DisposeAsync();
    }
}
