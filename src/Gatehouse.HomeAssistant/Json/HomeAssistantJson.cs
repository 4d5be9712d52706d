using System.Globalization;
using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Json;

/// <summary>The one set of JSON settings for everything HA and the Supervisor send or receive.</summary>
internal static class HomeAssistantJson
{
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
}
