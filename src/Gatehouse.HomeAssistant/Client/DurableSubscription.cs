using System.Threading.Channels;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>
/// One consumer's subscription across connections: bound to one connection at a time (HA's subscription id
/// there), renewed by the client after each reconnect, delivering into one queue. The queue itself has no bound: the
/// client's <see cref="ReadGate"/> stops reading HA's frames while it holds more than <see cref="ReadGate.Limit"/>, and
/// <paramref name="caughtUp"/> tells the gate when the consumer has read it down.
/// </summary>
internal sealed class DurableSubscription<TEvent>(
    HassSubscriptionCommand<TEvent> command,
    Action<IDurableSubscription> forget,
    Action caughtUp,
    TimeProvider timeProvider,
    ILogger logger)
    : IHomeAssistantSubscription<TEvent>, IDurableSubscription
{
    /// <summary>Unsubscribing is a courtesy: HA drops subscriptions with the connection anyway.</summary>
    private static readonly TimeSpan UnsubscribeTimeout = TimeSpan.FromSeconds(5);

    private readonly Channel<TEvent> _events = Channel.CreateUnbounded<TEvent>();
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private (HomeAssistantConnection Connection, int Id)? _binding;
    private PacedReader<TEvent>? _reader;

    public ChannelReader<TEvent> Events => _reader ??= new PacedReader<TEvent>(_events.Reader, caughtUp);

    public int Unread => _events.Reader.Count;

    public string CommandType => command.Type;

    public async Task RenewAsync(HomeAssistantConnection connection, CancellationToken cancellationToken)
    {
        await _renewing.WaitAsync(cancellationToken);
        try
        {
            if (_binding?.Connection != connection)
            {
                _binding = (connection, await connection.SubscribeAsync(command, Deliver, cancellationToken));
            }
        }
        finally
        {
            _renewing.Release();
        }
    }

    public void Fail(Exception exception)
    {
        forget(this);
        _events.Writer.TryComplete(exception);
    }

    public async ValueTask DisposeAsync()
    {
        forget(this);
        _events.Writer.TryComplete();
        if (_binding is not { } binding)
        {
            return;
        }
        binding.Connection.ForgetSubscription(binding.Id);
        using var timeout = new CancellationTokenSource(UnsubscribeTimeout, timeProvider);
        try
        {
            await binding.Connection.SendAsync(new UnsubscribeEventsCommand(binding.Id), timeout.Token);
        }
        catch (Exception exception) when (exception is HomeAssistantConnectionException or HomeAssistantCommandException or OperationCanceledException)
        {
            Log.UnsubscribeFailed(logger, command.Type, exception.Message);
        }
    }

    private void Deliver(JToken payload)
    {
        try
        {
            _events.Writer.TryWrite(command.ReadEvent(payload));
        }
        catch (JsonException)
        {
            Log.SkippedEvent(logger, command.Type);
        }
    }
}
