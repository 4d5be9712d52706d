namespace Gatehouse.Checks.Live;

/// <summary>What one read of a live source (HA, the Supervisor, a web lookup) gave: the data, or why there is none.</summary>
internal sealed record LiveRead<T>(T? Value, string? Problem, string Remediation)
    where T : class
{
    public static LiveRead<T> Read(T value) => new(value, null, "");

    public static LiveRead<T> Failed(string problem, string remediation) => new(null, problem, remediation);

    /// <summary>The unavailable result for <paramref name="check"/> when the read failed.</summary>
    public CheckResult Unavailable(ISecurityCheck check) => check.Unavailable(Problem ?? "no data", Remediation);
}
