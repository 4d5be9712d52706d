using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor.Models;

/// <summary>
/// Base of every Supervisor answer: the fields Gatehouse reads are typed in the derived records; the rest stay
/// in <see cref="Other"/> so a check can read a field added in a later Supervisor without a new release here.
/// </summary>
internal abstract record SupervisorData
{
    [JsonExtensionData]
    public JObject Other { get; init; } = [];
}
