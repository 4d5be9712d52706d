using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>The <c>error</c> of a failed result; the translation keys only appear when HA sets a translation_key.</summary>
internal sealed record HassError
{
    [JsonProperty("code")]
    public string Code { get; init; } = "";

    [JsonProperty("message")]
    public string Message { get; init; } = "";

    [JsonProperty("translation_key")]
    public string? TranslationKey { get; init; }

    [JsonProperty("translation_domain")]
    public string? TranslationDomain { get; init; }

    [JsonProperty("translation_placeholders")]
    public JObject? TranslationPlaceholders { get; init; }
}
