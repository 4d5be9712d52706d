using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Compatibility;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>
/// Home Assistant's websocket API, kept connected. Calls made while HA is away wait for the next connection
/// within their timeout. Errors: <c>HomeAssistantCommandException</c> (HA answered with an error, e.g.
/// <c>unknown_command</c>, <c>not_found</c>), <c>HomeAssistantConnectionException</c> (the link broke; see
/// <c>CommandMayHaveRun</c>), <see cref="TimeoutException"/> (no answer in time).
/// </summary>
internal interface IHomeAssistantClient
{
    /// <summary>True while a session is ready.</summary>
    bool IsConnected { get; }

    /// <summary>The release of the ready session, for choosing what to send; null while disconnected or when HA's version is not a release number.</summary>
    HaRelease? Release { get; }

    /// <summary>Sends one command and reads its result, within <paramref name="timeout"/> (default: the options' CommandTimeout).</summary>
    Task<TResult> SendAsync<TResult>(HassCommand<TResult> command, CancellationToken cancellationToken, TimeSpan? timeout = null);

    /// <summary>Opens a subscription that the client renews after every reconnect (see <see cref="IHomeAssistantSubscription{TEvent}"/>).</summary>
    Task<IHomeAssistantSubscription<TEvent>> SubscribeAsync<TEvent>(
        HassSubscriptionCommand<TEvent> command, CancellationToken cancellationToken, TimeSpan? timeout = null);

    /// <summary>
    /// Every session that becomes ready, starting with the current one if connected: the signal to (re)read state.
    /// Subscriptions are already renewed when it arrives.
    /// </summary>
    IAsyncEnumerable<HomeAssistantConnected> WatchConnectionsAsync(CancellationToken cancellationToken);
}
