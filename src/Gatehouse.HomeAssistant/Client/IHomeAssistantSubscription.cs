using System.Threading.Channels;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>
/// A subscription that survives reconnects: the client renews it on every new connection and keeps delivering
/// into the same <see cref="Events"/>. The reader completes with a <c>HomeAssistantCommandException</c> if HA
/// refuses to renew it (e.g. <c>unknown_command</c> after a downgrade), and completes when disposed.
/// Dispose to unsubscribe.
/// </summary>
internal interface IHomeAssistantSubscription<TEvent> : IAsyncDisposable
{
    ChannelReader<TEvent> Events { get; }
}
