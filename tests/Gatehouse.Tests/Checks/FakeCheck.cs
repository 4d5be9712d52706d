using Gatehouse.Checks;

namespace Gatehouse.Tests.Checks;

/// <summary>A check whose behaviour the test supplies, to exercise the runner.</summary>
internal sealed class FakeCheck(string id, Func<FakeCheck, CancellationToken, Task<CheckResult>> run, params CheckSource[] sources) : ISecurityCheck
{
    public string Id => id;

    public string Title => $"Fake {id}";

    public IReadOnlyList<CheckSource> Sources => sources;

    public int Runs { get; private set; }

    public Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        Runs++;
        return run(this, cancellationToken);
    }

    public static FakeCheck Passing(string id, params CheckSource[] sources) =>
        new(id, (check, _) => Task.FromResult(check.Pass("fine")), sources);
}
