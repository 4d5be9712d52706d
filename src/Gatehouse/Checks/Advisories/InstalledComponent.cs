namespace Gatehouse.Checks.Advisories;

/// <summary>A part of Home Assistant and the version installed here, as the advisories are looked up for it.</summary>
internal sealed record InstalledComponent(string Name, string Version)
{
    public const string Core = "Home Assistant Core";
    public const string Supervisor = "Supervisor";
    public const string OperatingSystem = "Home Assistant OS";

    /// <summary>The repositories whose own advisories cover these components, and the component each one is about.</summary>
    public static readonly IReadOnlyList<(string Repository, string Component)> Repositories =
    [
        ("home-assistant/core", Core),
        ("home-assistant/supervisor", Supervisor),
        ("home-assistant/operating-system", OperatingSystem),
    ];

    /// <summary>
    /// The component a repository advisory's package names; a repository may publish another's advisory (the OS
    /// repository published the Supervisor's CVE-2026-34205), so the package wins over the repository.
    /// </summary>
    public static string? ByPackage(string? package) => package?.ToLowerInvariant().Replace('_', '-') switch
    {
        "homeassistant" or "home-assistant" or "core" or "home-assistant-core" or "home assistant core" => Core,
        "supervisor" or "home-assistant-supervisor" or "home assistant supervisor" or "hassio-supervisor" => Supervisor,
        "operating-system" or "home-assistant-os" or "home assistant os" or "haos" or "home assistant operating system" => OperatingSystem,
        _ => null,
    };
}
