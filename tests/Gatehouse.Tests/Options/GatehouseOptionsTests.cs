using Gatehouse.Options;
using Gatehouse.Tests.Checks;

namespace Gatehouse.Tests.Options;

public sealed class GatehouseOptionsTests
{
    private static readonly GatehouseOptions Options = new()
    {
        NotifyServices = ["notify.phone"],
        MqttHost = "broker.lan",
        MqttUsername = "gatehouse",
        MqttPassword = "correct-horse-battery",
    };

    [Fact]
    public void ToString_MasksThePassword()
    {
        Assert.DoesNotContain("correct-horse-battery", Options.ToString(), StringComparison.Ordinal);
        Assert.Contains("MqttPassword = ***", Options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_OfTheWholeConfiguration_MasksThePasswordToo() =>
        Assert.DoesNotContain("correct-horse-battery", new GatehouseConfiguration(Options, TestEnvironment.Standalone(Path.GetTempPath())).ToString(), StringComparison.Ordinal);

    [Fact]
    public void ToString_NamesEveryOption()
    {
        // A new option must be added to PrintMembers (and masked there if it is a secret), or it goes missing from printouts.
        var text = Options.ToString();

        Assert.All(typeof(GatehouseOptions).GetProperties().Where(p => p.GetMethod!.IsPublic), p => Assert.Contains($"{p.Name} = ", text, StringComparison.Ordinal));
    }
}
