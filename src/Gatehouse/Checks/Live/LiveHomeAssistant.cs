using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.Checks.Live;

/// <summary>
/// One check run's view of the connected HA: its configuration and its states, each asked once on first use and
/// shared by the run's checks. HA not connected, or an error answer, reads as a problem, never as empty data.
/// </summary>
internal sealed class LiveHomeAssistant : ILiveHomeAssistant
{
    /// <summary>Well inside the runner's per-check timeout, so a silent HA makes the check unavailable with this reason.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(20);

    private const string Reconnect = "Check that Home Assistant is running and reachable, then run the checks again.";

    private readonly Lazy<Task<LiveRead<HassConfig>>> _config;
    private readonly Lazy<Task<LiveRead<IReadOnlyList<HassState>>>> _states;

    public LiveHomeAssistant(IHomeAssistantClient client)
    {
        _config = new(() => ReadAsync(client, new GetConfigCommand()));
        _states = new(() => ReadAsync(client, new GetStatesCommand()));
    }

    public Task<LiveRead<HassConfig>> ConfigAsync() => _config.Value;

    public Task<LiveRead<IReadOnlyList<HassState>>> StatesAsync() => _states.Value;

    private static async Task<LiveRead<T>> ReadAsync<T>(IHomeAssistantClient client, HassCommand<T> command)
        where T : class
    {
        try
        {
            // The run's own cancellation is not passed: the read is shared, and the runner's timeout bounds each check.
            return LiveRead<T>.Read(await client.SendAsync(command, CancellationToken.None, ReadTimeout));
        }
        catch (TimeoutException exception)
        {
            return LiveRead<T>.Failed(exception.Message, Reconnect);
        }
        catch (HomeAssistantConnectionException exception)
        {
            return LiveRead<T>.Failed($"the connection to Home Assistant broke ({exception.Message})", Reconnect);
        }
        catch (HomeAssistantCommandException exception)
        {
            return LiveRead<T>.Failed($"Home Assistant refused {command.Type} ({exception.Message})", "Gatehouse needs an administrator's token for this; check the token or the add-on's homeassistant_api permission.");
        }
    }
}
