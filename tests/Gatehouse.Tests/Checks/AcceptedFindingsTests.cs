using Gatehouse.Checks;
using Gatehouse.Checks.Engine;
using Gatehouse.Mqtt.Discovery;
using Gatehouse.Mqtt.States;

namespace Gatehouse.Tests.Checks;

/// <summary>An accepted problem leaves the score's penalty out and turns the binary sensor off, but only while every problem of the check is accepted.</summary>
public sealed class AcceptedFindingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Mark_EveryProblemAccepted_CountsAsPassForScoreAndSensor()
    {
        var result = AcceptedFindings.Mark(Failing("open_ports:port:23", "open_ports:port:21"), new Accepting("open_ports:port:23", "open_ports:port:21"));

        Assert.True(result.IsAccepted());
        Assert.Equal(100, CheckScore.Compute([result]));
        Assert.Equal(BinarySensorDiscovery.Off, CheckStates.ProblemState(result.EffectiveStatus()));
        Assert.Equal(CheckStatus.Fail, result.Status);
    }

    [Fact]
    public void Mark_OneProblemStillOpen_KeepsThePenaltyAndTheSensor()
    {
        var result = AcceptedFindings.Mark(Failing("open_ports:port:23", "open_ports:port:21"), new Accepting("open_ports:port:23"));

        Assert.False(result.IsAccepted());
        Assert.Equal(0, CheckScore.Compute([result]));
        Assert.Equal(BinarySensorDiscovery.On, CheckStates.ProblemState(result.EffectiveStatus()));
        Assert.Single(result.Findings, f => f.IsOpenProblem);
    }

    [Fact]
    public void Mark_NothingAccepted_LeavesTheResultAsItWas()
    {
        var failing = Failing("open_ports:port:23");

        var result = AcceptedFindings.Mark(failing, AcceptedFindings.None);

        Assert.False(result.IsAccepted());
        Assert.All(result.Findings, f => Assert.Null(f.Accepted));
    }

    private static CheckResult Failing(params string[] findingIds) =>
        new CheckResult("open_ports", "Open ports", CheckStatus.Fail, "Ports are open.", [], "Close them.")
        {
            Findings = [.. findingIds.Select(id => new Finding(id, CheckStatus.Fail, $"Port {id} is open", "Close it"))],
        };

    /// <summary>Accepts the named findings, whatever they read.</summary>
    private sealed class Accepting(params string[] ids) : IAcceptedFindings
    {
        public AcceptedRisk? Find(string findingId, CheckStatus status, string text) =>
            ids.Contains(findingId) ? new AcceptedRisk(findingId, FindingFingerprint.Of(status, text), "on purpose", "Alice", Now, Now.AddDays(30)) : null;
    }
}
