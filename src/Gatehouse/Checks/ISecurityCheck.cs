namespace Gatehouse.Checks;

/// <summary>
/// One security check. It receives what it reads (config folder, HA, Supervisor, network) through its
/// constructor, and answers <see cref="CheckStatus.Unavailable"/> with the reason when that data is missing.
/// </summary>
internal interface ISecurityCheck
{
    /// <summary>The fixed id, e.g. <c>mfa</c>.</summary>
    string Id { get; }

    string Title { get; }

    /// <summary>What it reads; the runner does not run it when one of these is not there (see CheckSourceAvailability).</summary>
    IReadOnlyList<CheckSource> Sources { get; }

    Task<CheckResult> RunAsync(CancellationToken cancellationToken);
}
