using System.Reflection;

namespace Gatehouse.Hosting;

/// <summary>The add-on version (config.yaml's, stamped into the assembly at build time).</summary>
internal static class GatehouseVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(GatehouseVersion).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        // The SDK appends "+<commit>"; the store shows the plain version.
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
