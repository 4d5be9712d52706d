using Gatehouse.Mqtt.Broker;

namespace Gatehouse.Tests.Mqtt;

public sealed class MqttClientIdTests : IDisposable
{
    private readonly string _one = Directory.CreateTempSubdirectory("gatehouse-id-").FullName;
    private readonly string _two = Directory.CreateTempSubdirectory("gatehouse-id-").FullName;

    public void Dispose()
    {
        Directory.Delete(_one, recursive: true);
        Directory.Delete(_two, recursive: true);
    }

    [Fact]
    public void ForInstallation_KeptAcrossStartsAndDifferentPerInstallation()
    {
        var first = MqttClientId.ForInstallation(_one);

        Assert.Matches("^gatehouse-[0-9a-f]{12}$", first);
        Assert.Equal(first, MqttClientId.ForInstallation(_one));
        Assert.NotEqual(first, MqttClientId.ForInstallation(_two));
    }

    [Fact]
    public void ForInstallation_FileNotOurs_IsReplaced()
    {
        File.WriteAllText(Path.Combine(_one, MqttClientId.FileName), "gatehouse\n");

        var id = MqttClientId.ForInstallation(_one);

        Assert.Matches("^gatehouse-[0-9a-f]{12}$", id);
        Assert.Equal(id, File.ReadAllText(Path.Combine(_one, MqttClientId.FileName)).Trim());
    }
}
