namespace Gatehouse.Checks.Engine;

/// <summary>
/// The security score, 0–100: each check that could run earns credit (pass 1, warn 0.5, fail 0) and the score is
/// the share of the credit possible, rounded. Unavailable and skipped checks are left out of the sum (and shown
/// separately), so a check that cannot read its data neither lowers nor raises the score. A check whose every
/// problem the owner accepted earns full credit. No check run: 0.
/// </summary>
internal static class CheckScore
{
    public const double PassCredit = 1.0;
    public const double WarnCredit = 0.5;
    public const double FailCredit = 0.0;

    public static int Compute(IEnumerable<CheckResult> results)
    {
        var credits = results.Select(r => r.EffectiveStatus() switch
        {
            CheckStatus.Pass => PassCredit,
            CheckStatus.Warn => WarnCredit,
            CheckStatus.Fail => FailCredit,
            _ => (double?)null,
        }).OfType<double>().ToList();
        return credits.Count == 0 ? 0 : (int)Math.Round(100 * credits.Sum() / credits.Count, MidpointRounding.AwayFromZero);
    }
}
