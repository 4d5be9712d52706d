namespace Gatehouse.HomeAssistant.Tests;

/// <summary>The one bound of every wait in these tests: far above what a passing test needs, so it only ends a hang.</summary>
internal static class TestTimeout
{
    public static readonly TimeSpan Value = TimeSpan.FromSeconds(10);
}
