using System.Net;
using System.Net.Sockets;

namespace Gatehouse.Checks.Ports;

/// <summary>
/// One probe worker's TCP connects, one port after the other, on a reused <see cref="SocketAsyncEventArgs"/>: a refused
/// connect is a result code here, not an exception, which is what makes a full-range probe fast. An accepted
/// connection is closed with a reset (linger 0), so nothing is sent and no TIME_WAIT socket stays behind.
/// </summary>
internal sealed class ConnectAttempt : IDisposable
{
    private static readonly LingerOption ResetOnClose = new(true, 0);

    private readonly SocketAsyncEventArgs _args = new();
    private TaskCompletionSource<SocketError> _pending = new();

    public ConnectAttempt()
    {
        _args.Completed += (_, args) => _pending.TrySetResult(args.SocketError);
    }

    /// <summary>True when <paramref name="endpoint"/> accepted the connection within <paramref name="timeout"/>.</summary>
    public async ValueTask<bool> AcceptsAsync(IPEndPoint endpoint, TimeSpan timeout)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            _args.RemoteEndPoint = endpoint;
            _pending = new TaskCompletionSource<SocketError>(TaskCreationOptions.RunContinuationsAsynchronously);
            var result = socket.ConnectAsync(_args) ? await WaitAsync(socket, timeout) : _args.SocketError;
            if (result != SocketError.Success)
            {
                return false; // refused (closed), unreachable, or no answer in time (filtered)
            }
            socket.LingerState = ResetOnClose;
            return true;
        }
        finally
        {
            socket.Dispose();
        }
    }

    public void Dispose() => _args.Dispose();

    private async Task<SocketError> WaitAsync(Socket socket, TimeSpan timeout)
    {
        try
        {
            return await _pending.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            // Closing the socket ends the connect (OperationAborted); wait for that so the args can be reused.
            socket.Dispose();
            await _pending.Task;
            return SocketError.TimedOut;
        }
    }
}
