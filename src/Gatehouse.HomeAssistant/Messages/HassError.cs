using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Messages;

/// <summary>The <c>error</c> of a failed result; the translation keys only appear when HA sets a translation_key.</summary>
internal sealed record HassError
{
    public string Code { get; init; } = "";

    public string Message { get; init; } = "";

    public string? TranslationKey { get; init; }

    public string? TranslationDomain { get; init; }

    public JObject? TranslationPlaceholders { get; init; }

    public static HassError Read(JToken token)
    {
        var json = ObjectFields.Of(token);
        return new HassError
        {
            Code = json.Text("code") ?? "",
            Message = json.Text("message") ?? "",
            TranslationKey = json.Text("translation_key"),
            TranslationDomain = json.Text("translation_domain"),
            TranslationPlaceholders = json.Object("translation_placeholders"),
        };
    }
}
