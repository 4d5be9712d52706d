using Gatehouse.Options;

namespace Gatehouse.Tests.Options;

public class EnvironmentReaderTests
{
    private static GatehouseEnvironment Read(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return EnvironmentReader.Read(name => map.GetValueOrDefault(name));
    }

    [Fact]
    public void Read_Nothing_UsesAddonPathsAndNoHomeAssistant()
    {
        var environment = Read();

        Assert.Equal("/data/options.json", environment.OptionsFile);
        Assert.False(environment.OptionsFileRequired);
        Assert.Equal("/data", environment.DataDirectory);
        Assert.Equal("/homeassistant", environment.HaConfigDirectory);
        Assert.Null(environment.Supervisor);
        Assert.Null(environment.HomeAssistant);
        Assert.False(environment.IsAddon);
    }

    [Fact]
    public void Read_SupervisorToken_UsesTheProxyWebsocket()
    {
        var environment = Read(("SUPERVISOR_TOKEN", "sup-token"));

        Assert.True(environment.IsAddon);
        Assert.True(environment.OptionsFileRequired);
        Assert.Equal(new Uri("http://supervisor"), environment.Supervisor!.BaseUrl);
        Assert.Equal(new Uri("ws://supervisor/core/websocket"), environment.HomeAssistant!.WebSocketUri);
        Assert.Equal("sup-token", environment.HomeAssistant.Token);
        Assert.True(environment.HomeAssistant.ViaSupervisor);
    }

    [Fact]
    public void Read_SupervisorUrlOverride_MovesBothEndpoints()
    {
        var environment = Read(("SUPERVISOR_TOKEN", "t"), ("SUPERVISOR_URL", "http://127.0.0.1:8099/"));

        Assert.Equal(new Uri("http://127.0.0.1:8099/"), environment.Supervisor!.BaseUrl);
        Assert.Equal(new Uri("ws://127.0.0.1:8099/core/websocket"), environment.HomeAssistant!.WebSocketUri);
    }

    [Theory]
    [InlineData("http://ha.local:8123", "ws://ha.local:8123/api/websocket")]
    [InlineData("https://ha.example.org", "wss://ha.example.org/api/websocket")]
    [InlineData("https://ha.example.org:8443/", "wss://ha.example.org:8443/api/websocket")]
    public void Read_HaUrl_WinsOverTheSupervisorProxy(string haUrl, string expected)
    {
        var environment = Read(("SUPERVISOR_TOKEN", "sup"), ("HA_URL", haUrl), ("HA_TOKEN", "long-lived"));

        Assert.Equal(new Uri(expected), environment.HomeAssistant!.WebSocketUri);
        Assert.Equal("long-lived", environment.HomeAssistant.Token);
        Assert.False(environment.HomeAssistant.ViaSupervisor);
        Assert.NotNull(environment.Supervisor);
    }

    [Fact]
    public void Read_PathOverrides_AreUsed()
    {
        var environment = Read(("GATEHOUSE_OPTIONS", "/tmp/o.json"), ("GATEHOUSE_DATA", "/tmp/d"), ("GATEHOUSE_HA_CONFIG", "/tmp/c"));

        Assert.Equal("/tmp/o.json", environment.OptionsFile);
        Assert.True(environment.OptionsFileRequired);
        Assert.Equal("/tmp/d", environment.DataDirectory);
        Assert.Equal("/tmp/c", environment.HaConfigDirectory);
    }

    [Fact]
    public void Read_HaUrlWithoutToken_SaysHowToGetOne()
    {
        var exception = Assert.Throws<InvalidConfigurationException>(() => Read(("HA_URL", "http://ha.local:8123")));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("HA_TOKEN", problem.Name);
        Assert.StartsWith("Invalid environment variable HA_TOKEN: is empty while HA_URL is set; create a long-lived access token", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HA_URL")]
    [InlineData("SUPERVISOR_URL")]
    public void Read_UrlThatIsNotOne_IsRejected(string variable)
    {
        var exception = Assert.Throws<InvalidConfigurationException>(() => Read((variable, "ha.local:8123"), ("HA_TOKEN", "t")));

        Assert.Contains(exception.Problems, p => p.Name == variable && p.Message.Contains("is not a URL", StringComparison.Ordinal));
    }

    [Fact]
    public void ToString_NeverShowsTokens()
    {
        var environment = Read(("SUPERVISOR_TOKEN", "sup-secret-1"), ("HA_URL", "http://ha:8123"), ("HA_TOKEN", "ha-secret-2"));

        var text = environment.ToString();

        Assert.DoesNotContain("sup-secret-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ha-secret-2", text, StringComparison.Ordinal);
        Assert.Contains("token hidden", text, StringComparison.Ordinal);
    }
}
