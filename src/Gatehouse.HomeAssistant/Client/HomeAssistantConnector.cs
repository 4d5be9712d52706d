using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Transport;
using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>Opens one session: a fresh transport, the auth phase, the coalescing opt-in; its reading paced by the client's <see cref="ReadGate"/>.</summary>
internal sealed class HomeAssistantConnector(
    HomeAssistantClientOptions options, IHomeAssistantTransportFactory transports, TimeProvider timeProvider, ILogger logger)
{
    public async Task<HomeAssistantConnection> ConnectAsync(ReadGate gate, CancellationToken cancellationToken)
    {
        var transport = transports.Create(options.Endpoint.WebSocketUri);
        try
        {
            try
            {
                await transport.StartAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new HomeAssistantConnectionException(DisconnectReason.ConnectFailed,
                    exception.InnerException?.Message ?? exception.Message, inner: exception);
            }
            return await HomeAssistantConnection.OpenAsync(
                transport, options.Endpoint.Token, options.AuthTimeout, gate, timeProvider, logger, cancellationToken);
        }
        catch
        {
            await transport.DisposeAsync();
            throw;
        }
    }
}
