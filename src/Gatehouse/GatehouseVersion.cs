using System.Reflection;

namespace Gatehouse;

/// <summary>The add-on version (config.yaml's, stamped into the assembly at build time).</summary>
internal static class GatehouseVersion
{
    public static string Current { get; } =
        typeof(GatehouseVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "0.0.0";
}
