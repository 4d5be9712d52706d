using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Json;

/// <summary>
/// The one set of JSON settings for everything HA and the Supervisor send or receive, and the only place that
/// turns JSON into records and back. Newtonsoft.Json does that by reflection, which a NativeAOT build allows
/// only for what the trimmer keeps: the published add-on keeps this assembly and the host whole, and JObject
/// (src/Gatehouse/Gatehouse.csproj, TrimmerRoots.xml); CI runs the integration suite against that binary.
/// </summary>
[UnconditionalSuppressMessage("Trimming", "IL2026", Justification = RootedAssemblies)]
[UnconditionalSuppressMessage("AOT", "IL3050", Justification = RootedAssemblies)]
internal static class HomeAssistantJson
{
    /// <summary>Why reflection-based JSON is safe in the NativeAOT build (see the class summary).</summary>
    public const string RootedAssemblies = "Newtonsoft.Json reflects only over the add-on's own records, which the AOT publish keeps whole, and JObject, which TrimmerRoots.xml keeps.";

    /// <summary>
    /// Read from the network, so no type names are ever honoured; dates stay strings until a record asks for
    /// a DateTimeOffset, so an odd timestamp in one field cannot fail a whole message.
    /// </summary>
    public static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        DateParseHandling = DateParseHandling.None,
        Culture = CultureInfo.InvariantCulture,
        NullValueHandling = NullValueHandling.Ignore,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        MaxDepth = 128,
    };

    public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>A record read from HA's JSON; null for JSON null.</summary>
    public static T? Read<T>(JToken token) => token.ToObject<T>(Serializer);

    public static JObject ToJObject(object value) => JObject.FromObject(value, Serializer);

    public static string Write(object value) => JsonConvert.SerializeObject(value, Settings);
}
