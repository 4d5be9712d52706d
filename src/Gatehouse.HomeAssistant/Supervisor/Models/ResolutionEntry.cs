using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>One issue or suggestion of <c>/resolution/info</c>: a type, the context it applies to and its reference.</summary>
internal sealed record ResolutionEntry : SupervisorData
{
    public ResolutionEntry()
    {
    }

    private ResolutionEntry(ObjectFields json)
        : base(json)
    {
        Uuid = json.Text("uuid");
        Type = json.Text("type") ?? "";
        Context = json.Text("context");
        Reference = json.Text("reference");
    }

    public string? Uuid { get; init; }

    /// <summary>For issues e.g. <c>pwned</c>, <c>security</c>, <c>free_space</c>; for suggestions e.g. <c>execute_update</c>.</summary>
    public string Type { get; init; } = "";

    /// <summary><c>addon</c>, <c>core</c>, <c>os</c>, <c>supervisor</c>, <c>system</c>, …</summary>
    public string? Context { get; init; }

    /// <summary>What the entry is about, e.g. an add-on slug; null for system-wide entries.</summary>
    public string? Reference { get; init; }

    public static ResolutionEntry Read(JToken token) => new(ObjectFields.Of(token));
}
