namespace Gatehouse.Tests.Addon;

/// <summary>The rating the add-on store shows for config.yaml, as the Supervisor computes it.</summary>
public sealed class AddonSecurityRatingTests
{
    private static readonly IReadOnlyDictionary<string, object?> Config = RepositoryFiles.ReadYamlMapping("config.yaml");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rate_InTheStoreBeforeInstall_IsSeven(bool noWebUiBonus)
    {
        // 5, +2 for ingress (which every Supervisor grants); the AppArmor point comes only after install.
        Assert.Equal(7, SupervisorSecurityRating.Rate(Config, profileLoaded: false, noWebUiBonus));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rate_InstalledWithItsAppArmorProfile_IsEight(bool noWebUiBonus)
    {
        Assert.Equal(8, SupervisorSecurityRating.Rate(Config, profileLoaded: true, noWebUiBonus));
    }

    [Fact]
    public void Rate_WithoutIngressOnAnOlderSupervisor_IsFive()
    {
        var withoutPanel = new Dictionary<string, object?>(Config) { ["ingress"] = false };

        Assert.Equal(5, SupervisorSecurityRating.Rate(withoutPanel, profileLoaded: false, noWebUiBonus: false));
    }

    [Theory]
    [InlineData("host_network", true, 6)]
    [InlineData("hassio_role", "manager", 6)]
    [InlineData("apparmor", false, 6)]
    [InlineData("full_access", true, 1)]
    public void Rate_WithOneMoreGrant_Drops(string key, object value, int expected)
    {
        // The port itself: each grant Gatehouse does without would cost what the Supervisor's code says.
        var widened = new Dictionary<string, object?>(Config) { [key] = value };

        Assert.Equal(expected, SupervisorSecurityRating.Rate(widened, profileLoaded: false));
    }

    [Fact]
    public void Rate_WithAPublishedPortInsteadOfIngress_LosesTheBonus()
    {
        var widened = new Dictionary<string, object?>(Config) { ["ingress"] = false, ["ports"] = new Dictionary<string, object?> { ["8099/tcp"] = 8099L } };

        Assert.Equal(5, SupervisorSecurityRating.Rate(widened, profileLoaded: false));
    }
}
