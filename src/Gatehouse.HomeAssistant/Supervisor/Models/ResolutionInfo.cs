using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary><c>GET /resolution/info</c> (<c>api/resolution.py</c> <c>info_v1</c>).</summary>
internal sealed record ResolutionInfo : SupervisorData
{
    public ResolutionInfo()
    {
    }

    private ResolutionInfo(ObjectFields json)
        : base(json)
    {
        Unsupported = json.Texts("unsupported") ?? [];
        Unhealthy = json.Texts("unhealthy") ?? [];
        Issues = json.List("issues", ResolutionEntry.Read) ?? [];
        Suggestions = json.List("suggestions", ResolutionEntry.Read) ?? [];
        Checks = json.List("checks", ResolutionCheck.Read) ?? [];
    }

    /// <summary>UnsupportedReason values, e.g. <c>os</c>, <c>privileged</c>.</summary>
    public IReadOnlyList<string> Unsupported { get; init; } = [];

    /// <summary>UnhealthyReason values, e.g. <c>untrusted</c>, <c>docker</c>.</summary>
    public IReadOnlyList<string> Unhealthy { get; init; } = [];

    public IReadOnlyList<ResolutionEntry> Issues { get; init; } = [];

    public IReadOnlyList<ResolutionEntry> Suggestions { get; init; } = [];

    public IReadOnlyList<ResolutionCheck> Checks { get; init; } = [];

    public static ResolutionInfo Read(JToken token) => new(ObjectFields.Of(token));
}
