using CsCheck;
using Gatehouse.Options;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Tests.Properties;

public class OptionsFileReaderProperties
{
    private static readonly Gen<JToken> AnyValue = Gen.Recursive<JToken>((depth, self) => depth > 2
        ? Gen.OneOf<JToken>(Gen.Int.Select(i => (JToken)i), Gen.String[0, 40].Select(s => (JToken)s), Gen.Bool.Select(b => (JToken)b))
        : Gen.OneOf(
            Gen.Int.Select(i => (JToken)i),
            Gen.Long.Select(l => (JToken)l),
            Gen.Double.Select(d => (JToken)d),
            Gen.String[0, 40].Select(s => (JToken)s),
            Gen.Bool.Select(b => (JToken)b),
            Gen.Const<JToken>(JValue.CreateNull()),
            self.Array[0, 4].Select(items => (JToken)new JArray(items))));

    private static readonly Gen<string> AnyName = Gen.OneOf(Gen.OneOfConst([.. OptionNames.All]), Gen.String[1, 20]);

    private static readonly Gen<string> AnyOptionsFile = Gen.OneOf(
        Gen.Select(AnyName, AnyValue).Array[0, 12].Select(pairs =>
        {
            var root = new JObject();
            foreach (var (name, value) in pairs)
            {
                root[name] = value;
            }
            return root.ToString();
        }),
        Gen.String[0, 200]);

    [Fact]
    public void Read_AnyFile_NeverThrows_EveryProblemNamesAnOptionAndAFix() =>
        AnyOptionsFile.Sample(json =>
        {
            var (options, problems) = OptionsFileReader.Read(json);
            var all = problems.Concat(OptionsRules.Check(options)).ToList();

            Assert.All(all, p => Assert.False(string.IsNullOrWhiteSpace(p.Name)));
            Assert.All(all, p => Assert.EndsWith(".", p.Message, StringComparison.Ordinal));
        }, iter: PropertySettings.Cases);

    [Fact]
    public void Read_AnyPassword_NeverAppearsInAProblem() =>
        Gen.Select(Gen.String[6, 30], AnyValue).Sample((password, other) =>
        {
            var json = new JObject { ["mqtt_password"] = new JArray(password), ["mqtt_port"] = other }.ToString();

            var (options, problems) = OptionsFileReader.Read(json);

            Assert.All(problems.Concat(OptionsRules.Check(options)), p => Assert.DoesNotContain(password, p.ToString(), StringComparison.Ordinal));
        }, iter: PropertySettings.Cases);
}
