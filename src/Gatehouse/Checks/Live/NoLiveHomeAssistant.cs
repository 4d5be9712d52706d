using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.Checks.Live;

/// <summary>
/// The live HA where none is configured (<c>audit</c> without --ha-url, the service without HA_URL or SUPERVISOR_TOKEN):
/// every read answers that, and how to include one. The checks that need HA are reported unavailable before they
/// run; this answers the ones that only add what HA knows when it is there (remote access, advisories).
/// </summary>
internal sealed class NoLiveHomeAssistant : ILiveHomeAssistant
{
    public Task<LiveRead<HassConfig>> ConfigAsync() => Task.FromResult(NotConfigured<HassConfig>());

    public Task<LiveRead<IReadOnlyList<HassState>>> StatesAsync() => Task.FromResult(NotConfigured<IReadOnlyList<HassState>>());

    private static LiveRead<T> NotConfigured<T>()
        where T : class =>
        LiveRead<T>.Failed("no live Home Assistant is configured", "Run Gatehouse as an add-on, or pass --ha-url and --token.");
}
