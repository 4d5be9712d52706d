namespace Gatehouse.Tests.Properties;

/// <summary>How hard the property tests push: enough generated cases for CI, each bounded in time.</summary>
internal static class PropertySettings
{
    public const long Cases = 1000;
    public static readonly TimeSpan MaxPerCase = TimeSpan.FromSeconds(1);
}
