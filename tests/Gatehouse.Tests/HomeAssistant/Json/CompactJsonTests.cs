using CsCheck;
using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Tests.HomeAssistant.Json;

public sealed class CompactJsonTests
{
    /// <summary>The reused buffer never lets one text leak into the next, whatever their sizes and characters.</summary>
    [Fact]
    public void Write_TextsOneAfterAnother_EachAsNewtonsoftWritesIt() =>
        Gen.String[0, 40_000].Array[1, 6].Sample(texts =>
        {
            foreach (var text in texts)
            {
                var token = new JObject { ["message"] = text, ["n"] = text.Length, ["list"] = new JArray(text, JValue.CreateNull(), true) };
                Assert.Equal(token.ToString(Formatting.None), CompactJson.Write(token));
            }
        }, iter: 200);

    [Fact]
    public void Write_InsideAnotherWrite_BothWhole()
    {
        var inner = "";
        var outer = CompactJson.Write(new JObject { ["a"] = 1 }, (json, _) =>
        {
            json.WriteStartObject();
            json.WritePropertyName("a");
            inner = CompactJson.Write(new JObject { ["b"] = "\n\u2028" });
            json.WriteValue(2);
            json.WriteEndObject();
        });

        Assert.Equal(("{\"a\":2}", "{\"b\":\"\\n\\u2028\"}"), (outer, inner));
    }
}
