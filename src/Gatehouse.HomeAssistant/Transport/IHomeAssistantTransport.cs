using System.Threading.Channels;
using Gatehouse.HomeAssistant.Messages;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Transport;

/// <summary>
/// One websocket session to HA, as JSON messages: array frames are split, unreadable frames skipped. A new
/// transport per connection attempt; <see cref="Incoming"/> completes when the socket closes.
/// </summary>
internal interface IHomeAssistantTransport : IAsyncDisposable
{
    ChannelReader<HassMessage> Incoming { get; }

    /// <summary>Why the socket closed, once <see cref="Incoming"/> has completed.</summary>
    string? CloseDescription { get; }

    /// <summary>Opens the socket; throws when HA cannot be reached.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Queues one message in order. False when the socket is closed.</summary>
    bool Send(JObject message);

    /// <summary>Sends the auth message; kept apart so the token never passes through command logging.</summary>
    bool SendAuth(AuthMessage message);
}
