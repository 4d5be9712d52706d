using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>
/// <c>supported_features</c> with <c>coalesce_messages</c>: from then on HA may send several messages as one JSON
/// array frame. Sent first on every connection, as the docs ask.
/// </summary>
internal sealed record SupportedFeaturesCommand() : HassCommand<NoResult>("supported_features", NoResult.Read)
{
    public IReadOnlyDictionary<string, int> Features { get; } = new Dictionary<string, int> { ["coalesce_messages"] = 1 };

    protected override void WriteFields(JObject json) =>
        json["features"] = new JObject(Features.Select(feature => new JProperty(feature.Key, feature.Value)));
}
