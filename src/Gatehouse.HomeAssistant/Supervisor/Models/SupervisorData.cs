using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// Base of every Supervisor answer: the fields Gatehouse reads are typed in the derived records, each read by its
/// own constructor; <see cref="Json"/> keeps the whole answer, so a check can read a field added in a later
/// Supervisor without a new release here.
/// </summary>
internal abstract record SupervisorData
{
    protected SupervisorData()
    {
    }

    protected SupervisorData(ObjectFields json) => Json = json.Json;

    /// <summary>The answer as the Supervisor sent it, the typed fields included.</summary>
    public JObject Json { get; init; } = [];
}
