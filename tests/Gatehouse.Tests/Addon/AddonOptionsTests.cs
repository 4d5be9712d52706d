using Gatehouse.Options;
using Newtonsoft.Json;

namespace Gatehouse.Tests.Addon;

/// <summary>config.yaml's options and schema: the Supervisor's rules, and agreement with the options model.</summary>
public sealed class AddonOptionsTests
{
    private static readonly IReadOnlyDictionary<string, object?> Config = RepositoryFiles.ReadYamlMapping("config.yaml");
    private static readonly IReadOnlyDictionary<string, object?> Options = (IReadOnlyDictionary<string, object?>)Config["options"]!;
    private static readonly IReadOnlyDictionary<string, object?> Schema = (IReadOnlyDictionary<string, object?>)Config["schema"]!;

    [Fact]
    public void Schema_EveryElement_MatchesTheSupervisorsGrammar()
    {
        Assert.All(Schema, pair => Assert.Null(SupervisorOptionsSchema.ShapeProblem(pair.Value)));
    }

    [Fact]
    public void Schema_Names_AreExactlyTheOptionsModelsNames()
    {
        Assert.Equal(OptionNames.All.Order(StringComparer.Ordinal), Schema.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Options_EveryDefault_HasASchemaThatAcceptsIt()
    {
        Assert.All(Options, pair =>
        {
            Assert.True(Schema.ContainsKey(pair.Key), $"{pair.Key} has a default but no schema");
            Assert.Null(SupervisorOptionsSchema.ValueProblem(Schema[pair.Key], pair.Value));
        });
    }

    [Fact]
    public void Options_WithoutDefault_AreOptionalInTheSchema()
    {
        // _check_missing_options: an option absent from options.json must end in "?", or the add-on will not start.
        var withoutDefault = Schema.Keys.Except(Options.Keys);
        Assert.All(withoutDefault, name => Assert.EndsWith("?", Assert.IsType<string>(Schema[name]), StringComparison.Ordinal));
    }

    [Fact]
    public void Options_Secrets_UseThePasswordType()
    {
        // password keeps the value masked in the options tab and out of pwned-password lookups' plain text.
        Assert.All(OptionNames.Secrets, name => Assert.StartsWith("password", Assert.IsType<string>(Schema[name]), StringComparison.Ordinal));
    }

    [Fact]
    public void Options_Defaults_EqualTheOptionsModelsDefaults()
    {
        // What the Supervisor writes to /data/options.json when the owner changes nothing.
        var (read, problems) = OptionsFileReader.Read(JsonConvert.SerializeObject(Options));

        Assert.Empty(problems);
        Assert.Empty(OptionsRules.Check(read));
        AssertEquivalent(new GatehouseOptions(), read);
    }

    [Theory]
    [InlineData(OptionNames.AlertCooldownSeconds, 0L, true)]
    [InlineData(OptionNames.AlertCooldownSeconds, (long)OptionsRules.MaxAlertCooldownSeconds, true)]
    [InlineData(OptionNames.AlertCooldownSeconds, OptionsRules.MaxAlertCooldownSeconds + 1L, false)]
    [InlineData(OptionNames.AlertCooldownSeconds, -1L, false)]
    [InlineData(OptionNames.CheckIntervalMinutes, (long)OptionsRules.MinCheckIntervalMinutes, true)]
    [InlineData(OptionNames.CheckIntervalMinutes, OptionsRules.MinCheckIntervalMinutes - 1L, false)]
    [InlineData(OptionNames.CheckIntervalMinutes, (long)OptionsRules.MaxCheckIntervalMinutes, true)]
    [InlineData(OptionNames.CheckIntervalMinutes, OptionsRules.MaxCheckIntervalMinutes + 1L, false)]
    [InlineData(OptionNames.MqttPort, 1883L, true)]
    [InlineData(OptionNames.MqttPort, 0L, false)]
    [InlineData(OptionNames.DiscoveryPrefix, "homeassistant", true)]
    [InlineData(OptionNames.DiscoveryPrefix, "home/assistant", true)]
    [InlineData(OptionNames.DiscoveryPrefix, "home/#", false)]
    [InlineData(OptionNames.DiscoveryPrefix, "/homeassistant", false)]
    [InlineData(OptionNames.LogLevel, "debug", true)]
    [InlineData(OptionNames.LogLevel, "verbose", false)]
    public void Schema_Bounds_MirrorTheOptionsRules(string option, object value, bool accepted)
    {
        // The schema and OptionsRules must agree, or the options tab accepts what the add-on then refuses.
        var schemaAccepts = SupervisorOptionsSchema.ValueProblem(Schema[option], value) is null;
        var json = JsonConvert.SerializeObject(new Dictionary<string, object> { [option] = value });
        var (read, problems) = OptionsFileReader.Read(json);
        var modelAccepts = problems.Count == 0 && OptionsRules.Check(read).Count == 0;

        Assert.Equal(accepted, schemaAccepts);
        Assert.Equal(accepted, modelAccepts);
    }

    [Theory]
    [InlineData(OptionNames.NotifyServices, "notify.mobile_app_phone", true)]
    [InlineData(OptionNames.NotifyServices, "mobile_app_phone", false)]
    [InlineData(OptionNames.NotifyServices, "notify.Phone", false)]
    [InlineData(OptionNames.AllowedPorts, 8123L, true)]
    [InlineData(OptionNames.AllowedPorts, 70000L, false)]
    [InlineData(OptionNames.PersonalTerms, "Smith", true)]
    [InlineData(OptionNames.PersonalTerms, "Al", false)]
    public void Schema_ListItemBounds_MirrorTheOptionsRules(string option, object item, bool accepted)
    {
        var value = new List<object?> { item };
        var schemaAccepts = SupervisorOptionsSchema.ValueProblem(Schema[option], value) is null;
        var json = JsonConvert.SerializeObject(new Dictionary<string, object> { [option] = value });
        var (read, problems) = OptionsFileReader.Read(json);
        var modelAccepts = problems.Count == 0 && OptionsRules.Check(read).Count == 0;

        Assert.Equal(accepted, schemaAccepts);
        Assert.Equal(accepted, modelAccepts);
    }

    private static void AssertEquivalent(GatehouseOptions expected, GatehouseOptions actual)
    {
        // The record's generated Equals compares lists by reference, so compare property by property.
        foreach (var property in typeof(GatehouseOptions).GetProperties())
        {
            var (want, got) = (property.GetValue(expected), property.GetValue(actual));
            if (want is System.Collections.IEnumerable wantItems and not string)
            {
                Assert.Equal(wantItems.Cast<object>(), ((System.Collections.IEnumerable)got!).Cast<object>());
            }
            else
            {
                Assert.True(Equals(want, got), $"{property.Name}: default {want}, config.yaml gives {got}");
            }
        }
    }
}
