namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>One bound for every await in the integration tests: generous for a busy 2-core CI machine.</summary>
internal static class TestSettings
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// For what waits on the alert budget: a digest goes out a minute after its first attempt, once a slot of the
    /// budget's one-minute window is free.
    /// </summary>
    public static readonly TimeSpan DigestTimeout = Timeout + Gatehouse.Logins.Alerting.AlertDigest.Gather + Gatehouse.Logins.Alerting.SendBudget.Window;
}
