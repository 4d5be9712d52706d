namespace Gatehouse.Checks.Engine;

/// <summary>
/// The token of the check run a DI scope belongs to: cancelled when the run ends, so work a timed-out check left
/// behind (a parse of the config folder shared by several checks) stops with the run instead of burning CPU.
/// </summary>
internal sealed class RunCancellation
{
    public CancellationToken Token { get; set; }
}
