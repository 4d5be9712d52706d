using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Compatibility;
using Gatehouse.HomeAssistant.Messages;
using Gatehouse.HomeAssistant.Transport;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Connection;

/// <summary>
/// One authenticated session: assigns ids (1, 2, 3… on every new connection, under the send lock so the wire
/// order is the id order), matches results to commands and routes events to their subscription's handler.
/// Frames are taken off the transport only as fast as the subscribers read (<see cref="ReadGate"/>).
/// Created by <see cref="OpenAsync"/>; dead once <see cref="Closed"/> completes.
/// </summary>
internal sealed class HomeAssistantConnection : IAsyncDisposable
{
    private readonly IHomeAssistantTransport _transport;
    private readonly ReadGate _gate;
    private readonly CancellationTokenSource _closing = new();
    private readonly ILogger _logger;
    private readonly Lock _sendLock = new();
    private readonly ConcurrentDictionary<int, PendingCommand> _pending = new();
    /// <summary>
    /// Pending commands whose senders wait before reading on (<see cref="PendingCommand.HoldsReadingOpen"/>), counted as
    /// they come and go: the read gate asks after every frame, and a scan of the pending ones would cost one each time.
    /// </summary>
    private int _holdingReadingOpen;
    private readonly ConcurrentDictionary<int, Action<JToken>> _eventHandlers = new();
    private int _lastId;
    private bool _closed;

    private HomeAssistantConnection(IHomeAssistantTransport transport, string haVersion, ReadGate gate, ILogger logger)
    {
        _transport = transport;
        _gate = gate;
        _logger = logger;
        HaVersion = haVersion;
        Release = HaRelease.Parse(haVersion);
        Closed = Task.Run(ReceiveAsync);
    }

    public string HaVersion { get; }

    /// <summary>The release <see cref="HaVersion"/> names; null when it is not a release number (then HA decides).</summary>
    public HaRelease? Release { get; }

    /// <summary>Completes, with the close description, when the socket has closed.</summary>
    public Task<string> Closed { get; }

    /// <summary>Runs the auth phase on a started transport, then opts in to coalesced (array) frames.</summary>
    public static async Task<HomeAssistantConnection> OpenAsync(
        IHomeAssistantTransport transport, string token, TimeSpan authTimeout, ReadGate gate, TimeProvider timeProvider,
        ILogger logger, CancellationToken cancellationToken)
    {
        var haVersion = await AuthPhase.RunAsync(transport, token, authTimeout, timeProvider, cancellationToken);
        var connection = new HomeAssistantConnection(transport, haVersion, gate, logger);
        using var timeout = new CancellationTokenSource(authTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await connection.SendAsync(new SupportedFeaturesCommand(), linked.Token);
            return connection;
        }
        catch (HomeAssistantCommandException)
        {
            // An HA too old for supported_features sends one message per frame anyway.
            return connection;
        }
        catch (Exception exception)
        {
            await connection.DisposeAsync();
            throw exception is OperationCanceledException && !cancellationToken.IsCancellationRequested
                ? new HomeAssistantConnectionException(DisconnectReason.AuthFailed,
                    $"Home Assistant did not answer supported_features within {authTimeout.TotalSeconds:0} s.")
                : exception;
        }
    }

    /// <summary>Sends a command and waits for its result (null for <c>"result": null</c> and <c>pong</c>).</summary>
    public async Task<JToken?> SendAsync(HassCommand command, CancellationToken cancellationToken) =>
        (await SendCoreAsync(command, null, cancellationToken)).Result;

    /// <summary>Opens a subscription; returns its id. Events may reach <paramref name="onEvent"/> before this returns.</summary>
    public async Task<int> SubscribeAsync(HassCommand command, Action<JToken> onEvent, CancellationToken cancellationToken) =>
        (await SendCoreAsync(command, onEvent, cancellationToken)).Id;

    /// <summary>Stops routing a subscription's events here (HA is told separately, by unsubscribe_events).</summary>
    public void ForgetSubscription(int id) => _eventHandlers.TryRemove(id, out _);

    public async ValueTask DisposeAsync()
    {
        // Lets the receive loop go if it is holding reading back for a subscriber that no longer reads.
        await _closing.CancelAsync();
        await _transport.DisposeAsync();
        await Closed;
        _closing.Dispose();
    }

    private async Task<(int Id, JToken? Result)> SendCoreAsync(
        HassCommand command, Action<JToken>? onEvent, CancellationToken cancellationToken)
    {
        if (command.Since is { } since && Release is { } release && release < since)
        {
            throw new HomeAssistantCommandException(command.Type, new HassError
            {
                Code = HassErrorCodes.NotSupported,
                Message = $"Home Assistant {HaVersion} does not support this; it needs {since} or later",
            });
        }
        var message = command.ToJson();
        var pending = new PendingCommand(command.Type, holdsReadingOpen: !command.AnswerMayWaitBehindEvents);
        int id;
        lock (_sendLock)
        {
            if (_closed)
            {
                throw new HomeAssistantConnectionException(DisconnectReason.ConnectionLost,
                    "The connection to Home Assistant is closed.", commandMayHaveRun: false);
            }
            id = ++_lastId;
            message.AddFirst(new JProperty("id", id));
            AddPending(id, pending);
            if (onEvent is not null)
            {
                _eventHandlers[id] = onEvent;
            }
            if (!_transport.Send(message))
            {
                Forget(id);
                throw new HomeAssistantConnectionException(DisconnectReason.ConnectionLost,
                    "The connection to Home Assistant is closed.", commandMayHaveRun: false);
            }
        }
        _gate.Nudge();
        try
        {
            return (id, await pending.Completion.Task.WaitAsync(cancellationToken));
        }
        catch
        {
            Forget(id);
            throw;
        }
    }

    private void Forget(int id)
    {
        TryTakePending(id, out _);
        _eventHandlers.TryRemove(id, out _);
    }

    private void AddPending(int id, PendingCommand pending)
    {
        if (pending.HoldsReadingOpen)
        {
            Interlocked.Increment(ref _holdingReadingOpen);
        }
        _pending[id] = pending;
    }

    /// <summary>Takes a command off the pending ones, once: its answer came, it was given up, or the connection closed.</summary>
    private bool TryTakePending(int id, [NotNullWhen(true)] out PendingCommand? pending)
    {
        if (!_pending.TryRemove(id, out pending))
        {
            return false;
        }
        if (pending.HoldsReadingOpen)
        {
            Interlocked.Decrement(ref _holdingReadingOpen);
        }
        return true;
    }

    private async Task<string> ReceiveAsync()
    {
        try
        {
            await foreach (var message in _transport.Incoming.ReadAllAsync())
            {
                Dispatch(message);
                await _gate.WaitAsync(() => Volatile.Read(ref _holdingReadingOpen) > 0, _closing.Token);
            }
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            // Disposed while reading was held back: the connection ends as if the socket had closed.
        }
        var description = _transport.CloseDescription ?? "closed";
        lock (_sendLock)
        {
            _closed = true;
        }
        foreach (var id in _pending.Keys)
        {
            if (TryTakePending(id, out var pending))
            {
                pending.Completion.TrySetException(new HomeAssistantConnectionException(DisconnectReason.ConnectionLost,
                    $"The connection to Home Assistant closed before it answered {pending.Type} ({description})."));
            }
        }
        return description;
    }

    private void Dispatch(HassMessage message)
    {
        var id = message.CommandId;
        switch (message.Type)
        {
            case "result" or "pong" when id is { } resultId && TryTakePending(resultId, out var pending):
                if (message.Type == "pong" || message.Success == true)
                {
                    pending.Completion.TrySetResult(message.Result is { Type: not JTokenType.Null } result ? result : null);
                }
                else
                {
                    _eventHandlers.TryRemove(resultId, out _);
                    pending.Completion.TrySetException(new HomeAssistantCommandException(pending.Type,
                        message.Error ?? new HassError { Code = HassErrorCodes.UnknownError, Message = "No error given." }));
                }
                break;
            case "event" when id is { } eventId && _eventHandlers.TryGetValue(eventId, out var handler) && message.Event is { } payload:
                handler(payload);
                break;
            case "result" or "pong" or "event":
                Log.Unmatched(_logger, message.Type, message.Id?.ToString(Newtonsoft.Json.Formatting.None) ?? "none");
                break;
            default:
                Log.UnknownType(_logger, message.Type);
                break;
        }
    }
}
