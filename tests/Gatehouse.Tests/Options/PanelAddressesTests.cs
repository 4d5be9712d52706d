using System.Net;
using Gatehouse.Options;

namespace Gatehouse.Tests.Options;

/// <summary>The panel's listen address and peers: the add-on answers only the Supervisor's ingress proxy, standalone only loopback.</summary>
public sealed class PanelAddressesTests
{
    private static GatehouseEnvironment Read(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return EnvironmentReader.Read(name => map.GetValueOrDefault(name));
    }

    [Fact]
    public void Read_AsAddon_ListensOnAllInterfacesAndAnswersOnlyIngress()
    {
        var environment = Read(("SUPERVISOR_TOKEN", "sup-token"));

        Assert.Equal(new IPEndPoint(IPAddress.Any, 8099), environment.PanelListen);
        Assert.Equal([IPAddress.Parse("172.30.32.2")], environment.PanelPeers);
    }

    [Fact]
    public void Read_Standalone_ListensAndAnswersOnLoopbackOnly()
    {
        var environment = Read();

        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 8099), environment.PanelListen);
        Assert.Equal([IPAddress.Loopback, IPAddress.IPv6Loopback], environment.PanelPeers);
    }

    [Fact]
    public void Read_Overrides_AreTaken()
    {
        var environment = Read(("SUPERVISOR_TOKEN", "sup-token"), ("GATEHOUSE_PANEL", "127.0.0.1:0"), ("GATEHOUSE_PANEL_PEERS", "127.0.0.1, ::1"));

        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 0), environment.PanelListen);
        Assert.Equal([IPAddress.Loopback, IPAddress.IPv6Loopback], environment.PanelPeers);
    }

    [Theory]
    [InlineData("off")]
    [InlineData("OFF")]
    public void Read_Off_TurnsThePanelOff(string value)
    {
        Assert.Null(Read(("GATEHOUSE_PANEL", value)).PanelListen);
    }

    [Theory]
    [InlineData("GATEHOUSE_PANEL", "localhost:8099")]
    [InlineData("GATEHOUSE_PANEL", "127.0.0.1:99999")]
    [InlineData("GATEHOUSE_PANEL_PEERS", "127.0.0.1,supervisor")]
    public void Read_Malformed_IsAProblemNamingTheVariable(string name, string value)
    {
        var exception = Assert.Throws<InvalidConfigurationException>(() => Read((name, value)));

        Assert.Contains(exception.Problems, p => p.ToString().Contains(name, StringComparison.Ordinal));
    }
}
