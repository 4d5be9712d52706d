using System.Diagnostics.CodeAnalysis;
using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Gatehouse.Logins.Recording;

/// <summary>
/// The one serializer setting of the attempt log: snake_case names and enums, no type names ever. Reflection
/// JSON is safe in the NativeAOT build for the reason <see cref="HomeAssistantJson"/> gives.
/// </summary>
[UnconditionalSuppressMessage("Trimming", "IL2026", Justification = HomeAssistantJson.RootedAssemblies)]
[UnconditionalSuppressMessage("AOT", "IL3050", Justification = HomeAssistantJson.RootedAssemblies)]
internal static class AttemptLogJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new SnakeCaseNamingStrategy() },
        Converters = { new StringEnumConverter(new SnakeCaseNamingStrategy()) },
        TypeNameHandling = TypeNameHandling.None,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.None,
        MaxDepth = 16,
    };

    public static string Write(AttemptRecord record) => JsonConvert.SerializeObject(record, Settings);

    /// <summary>Null for a line that is not a valid record (a torn write, a stray edit).</summary>
    public static AttemptRecord? Read(string line)
    {
        try
        {
            var record = JsonConvert.DeserializeObject<AttemptRecord>(line, Settings);
            return record switch
            {
                { Line: AttemptRecord.AttemptLine or AttemptRecord.DetailsLine, Key: not null, Attempt: not null } => record,
                { Line: AttemptRecord.AlertedLine, Key: not null } => record,
                { Line: AttemptRecord.CarryLine, Total: >= 0 } => record,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
