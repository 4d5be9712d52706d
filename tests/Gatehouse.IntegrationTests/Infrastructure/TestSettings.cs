namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>One bound for every await in the integration tests: generous for a busy 2-core CI machine.</summary>
internal static class TestSettings
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
}
