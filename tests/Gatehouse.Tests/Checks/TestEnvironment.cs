using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Supervisor;
using Gatehouse.Options;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gatehouse.Tests.Checks;

/// <summary>Environments as the options reader would produce them, for a config folder under test.</summary>
internal static class TestEnvironment
{
    public static GatehouseEnvironment Standalone(string configDirectory, bool withHomeAssistant = false) => new()
    {
        OptionsFile = Path.Combine(configDirectory, "no-options.json"),
        OptionsFileRequired = false,
        DataDirectory = configDirectory,
        HaConfigDirectory = configDirectory,
        HomeAssistant = withHomeAssistant ? HomeAssistantEndpoint.Standalone(new Uri("http://127.0.0.1:8123"), "test-token") : null,
    };

    public static GatehouseConfiguration Configuration(string configDirectory, GatehouseOptions? options = null) =>
        new(options ?? new GatehouseOptions(), Standalone(configDirectory));

    /// <summary>The real Supervisor client outside the add-on: every call answers NotConfigured, without any network.</summary>
    public static SupervisorClient NoSupervisor() => new(new HttpClient(), null, TimeProvider.System, NullLogger<SupervisorClient>.Instance);
}
