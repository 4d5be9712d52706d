using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>One of the Supervisor's own checks and whether it is enabled (<c>addon_pwned</c>, <c>free_space</c>, …).</summary>
internal sealed record ResolutionCheck : SupervisorData
{
    public ResolutionCheck()
    {
    }

    private ResolutionCheck(ObjectFields json)
        : base(json)
    {
        Slug = json.Text("slug") ?? "";
        Enabled = json.Bool("enabled") ?? false;
    }

    public string Slug { get; init; } = "";

    public bool Enabled { get; init; }

    public static ResolutionCheck Read(JToken token) => new(ObjectFields.Of(token));
}
