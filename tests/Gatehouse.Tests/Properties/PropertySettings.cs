namespace Gatehouse.Tests.Properties;

/// <summary>How hard the property tests push: enough generated cases for CI.</summary>
internal static class PropertySettings
{
    public const long Cases = 1000;
}
