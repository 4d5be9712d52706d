namespace Gatehouse.Tests;

/// <summary>The one bound on every await in the unit tests: generous for a busy 2-core CI machine.</summary>
internal static class TestSettings
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
}
