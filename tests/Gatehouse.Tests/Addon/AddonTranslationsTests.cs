using Gatehouse.Options;

namespace Gatehouse.Tests.Addon;

/// <summary>translations/en.yaml: the names and help the options tab shows (SCHEMA_APP_TRANSLATIONS).</summary>
public sealed class AddonTranslationsTests
{
    private static readonly IReadOnlyDictionary<string, object?> Translations = RepositoryFiles.ReadYamlMapping("translations/en.yaml");

    [Fact]
    public void EnYaml_EveryOption_HasANameAndADescription()
    {
        var configuration = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Translations["configuration"]);

        Assert.All(OptionNames.All, name =>
        {
            Assert.True(configuration.ContainsKey(name), $"translations/en.yaml has no entry for {name}");
            var entry = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(configuration[name]);
            Assert.False(string.IsNullOrWhiteSpace(entry.GetValueOrDefault("name") as string), $"{name} has no name");
            Assert.False(string.IsNullOrWhiteSpace(entry.GetValueOrDefault("description") as string), $"{name} has no description");
        });
    }

    [Fact]
    public void EnYaml_Entries_NameOnlyRealOptions()
    {
        var configuration = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Translations["configuration"]);

        Assert.Empty(configuration.Keys.Except(OptionNames.All));
    }
}
