using Gatehouse.HomeAssistant.Compatibility;
using Gatehouse.HomeAssistant.Connection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>
/// Says what happens to the connection without flooding the log: the first failure of a streak at Warning
/// (a refused token once, at Error, with the fix), repeats at Debug, and recovery at Information.
/// </summary>
internal sealed class ConnectionReporter(HomeAssistantEndpoint endpoint, ILogger logger)
{
    private int _failures;
    private bool _authInvalidReported;

    public void Connected(HomeAssistantConnected connected)
    {
        if (connected.IsReconnect || _failures > 0)
        {
            Log.Reconnected(logger, connected.HaVersion, _failures);
        }
        else
        {
            Log.Connected(logger, connected.HaVersion, endpoint.WebSocketUri);
        }
        if (connected.Release is { } release && release < HaRelease.OldestSupported)
        {
            Log.ReleaseTooOld(logger, connected.HaVersion, HaRelease.OldestSupported.ToString());
        }
        _failures = 0;
        _authInvalidReported = false;
    }

    public void Lost(string detail) => Log.ConnectionLost(logger, detail);

    public void Failed(HomeAssistantConnectionException failure, TimeSpan retryIn)
    {
        _failures++;
        if (failure.Reason != DisconnectReason.AuthInvalid)
        {
            if (_failures == 1)
            {
                Log.ConnectFailed(logger, endpoint.WebSocketUri, failure.Message, retryIn.TotalSeconds);
            }
            else
            {
                Log.ConnectFailedAgain(logger, _failures, failure.Message, retryIn.TotalSeconds);
            }
        }
        else if (_authInvalidReported)
        {
            Log.AuthInvalidAgain(logger, _failures, retryIn.TotalMinutes);
        }
        else
        {
            _authInvalidReported = true;
            if (endpoint.ViaSupervisor)
            {
                Log.AuthInvalidAddon(logger, failure.Message, retryIn.TotalMinutes);
            }
            else
            {
                Log.AuthInvalidStandalone(logger, failure.Message, retryIn.TotalMinutes);
            }
        }
    }
}
