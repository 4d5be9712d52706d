using Gatehouse.Checks;
using Gatehouse.Checks.Addons;
using Gatehouse.HomeAssistant.Supervisor.Models;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Tests.Checks.Addons;

/// <summary>The add-on rules on the fields of /addons/&lt;slug&gt;/info (supervisor api/apps.py info_data).</summary>
public sealed class AddonPostureTests
{
    private static readonly AddonInfo Plain = new() { Slug = "core_mosquitto", Protected = true, Rating = 5, Apparmor = "default", Repository = "core", HostNetwork = false };

    [Fact]
    public void Problems_OfficialAddonWithDefaults_None() => Assert.Empty(AddonPosture.Problems(Plain));

    [Fact]
    public void Problems_ProtectionOffWithFullAccess_FailsNamingThePower()
    {
        var problem = AddonPosture.Problems(Plain with { Protected = false, FullAccess = true, Rating = 1 }).Single();

        Assert.Equal(CheckStatus.Fail, problem.Severity);
        Assert.Equal("protection mode off, so it has full access to the host's hardware", problem.What);
    }

    [Fact]
    public void Problems_DockerApiWhileProtected_WarnsThatItIsWithheld()
    {
        var problem = AddonPosture.Problems(Plain with { DockerApi = true, Rating = 1 }).Single();

        Assert.Equal(CheckStatus.Warn, problem.Severity);
        Assert.StartsWith("asks for control of every container (Docker API); the Supervisor withholds it while protection mode is on, and turning protection off would grant it (Supervisor source: supervisor/docker/app.py", problem.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_FullAccessAndDockerApiWhileProtected_OneWarningForBoth()
    {
        var problem = AddonPosture.Problems(Plain with { FullAccess = true, DockerApi = true, Rating = 1 }).Single();

        Assert.Equal(CheckStatus.Warn, problem.Severity);
        Assert.StartsWith("asks for full access to the host's hardware and control of every container (Docker API); the Supervisor withholds them while protection mode is on", problem.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("local", 0)]
    [InlineData("a0d7b954", 0)]
    [InlineData("5c53de3b", 1)]
    public void Problems_Repository_OnlyThirdPartyWarns(string repository, int expected) =>
        Assert.Equal(expected, AddonPosture.Problems(Plain with { Repository = repository }).Count());

    [Fact]
    public void Problems_HostNetworkWithoutPublishedPorts_None() =>
        Assert.Empty(AddonPosture.Problems(Plain with { HostNetwork = true, Network = JObject.Parse("""{"41641/udp": null}""") }));

    [Fact]
    public void Problems_HostileNetworkValues_AreIgnored()
    {
        var what = AddonPosture.Problems(Plain with { HostNetwork = true, Network = JObject.Parse("""{"a": "x", "b": 99999999999, "c": -1, "d": 8080}""") }).Single().What;

        Assert.Equal("on the host's network with port 8080 open on every interface", what);
    }

    [Theory]
    [InlineData("2026.03.1", true)]
    [InlineData("2025.12.3", true)]
    [InlineData("2026.03.2", false)]
    [InlineData("2026.08.0", false)]
    [InlineData("9999.1.0.dev0102", null)]
    [InlineData(null, null)]
    public void HostNetworkAdvisory_Affects_FixedIn2026_03_2(string? version, bool? affected) =>
        Assert.Equal(affected, HostNetworkAdvisory.Affects(version));
}
