using Gatehouse.Mqtt.Broker;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Mqtt.Connection;

/// <summary>
/// Says once, clearly, what is wrong with the broker connection; repeats of the same problem go to debug, so a
/// broker that is away for a week does not flood the add-on's log. A success resets it.
/// </summary>
internal sealed class BrokerConnectionReporter(ILogger logger)
{
    private ConnectionProblem? _last;
    private string? _lastNoBroker;

    public void Failed(BrokerSettings broker, ConnectionProblem problem, TimeSpan nextAttempt)
    {
        if (problem == _last)
        {
            Log.StillFailing(logger, broker.Address, problem.Detail, nextAttempt.TotalSeconds);
            return;
        }
        _last = problem;
        switch (problem.Kind)
        {
            case ConnectionProblemKind.CredentialsRefused:
                Log.CredentialsRefused(logger, broker.Address, broker.Username ?? "(none)", problem.Detail);
                break;
            case ConnectionProblemKind.Tls:
                Log.TlsFailed(logger, broker.Address, problem.Detail);
                break;
            case ConnectionProblemKind.UnknownHost:
                Log.UnknownHost(logger, broker.Address, problem.Detail);
                break;
            case ConnectionProblemKind.Refused:
                Log.Refused(logger, broker.Address, problem.Detail);
                break;
            default:
                Log.Unreachable(logger, broker.Address, problem.Detail);
                break;
        }
    }

    public void NoBroker(string problem, TimeSpan nextAttempt)
    {
        if (problem == _lastNoBroker)
        {
            Log.StillNoBroker(logger, problem, nextAttempt.TotalSeconds);
            return;
        }
        _lastNoBroker = problem;
        Log.NoBroker(logger, problem);
    }

    public void Connected(BrokerSettings broker, string prefix)
    {
        _last = null;
        _lastNoBroker = null;
        Log.Connected(logger, broker.Address, prefix);
    }

    public void Lost(BrokerSettings broker) => Log.ConnectionLost(logger, broker.Address);
}
