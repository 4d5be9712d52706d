using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// One installed add-on, as listed by <c>/addons</c> (manager role) and by the deprecated <c>addons</c> field of
/// <c>/supervisor/info</c> (default role): the fields both carry.
/// </summary>
internal sealed record InstalledAddon : VersionedSupervisorData
{
    public InstalledAddon()
    {
    }

    private InstalledAddon(ObjectFields json)
        : base(json)
    {
        Name = json.Text("name");
        Slug = json.Text("slug") ?? "";
        State = json.Text("state");
        Repository = json.Text("repository");
    }

    public string? Name { get; init; }

    public string Slug { get; init; } = "";

    /// <summary><c>started</c>, <c>stopped</c>, <c>unknown</c>, <c>error</c>, …</summary>
    public string? State { get; init; }

    public string? Repository { get; init; }

    public static InstalledAddon Read(JToken token) => new(ObjectFields.Of(token));
}
