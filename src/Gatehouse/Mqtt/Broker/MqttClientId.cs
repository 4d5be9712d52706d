using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Gatehouse.Mqtt.Broker;

/// <summary>
/// This installation's MQTT client id: <c>gatehouse-</c> and 12 random hex digits, made once and kept in the data
/// folder. A broker drops the older of two connections with the same id, so two Gatehouse instances sharing a
/// broker (two HA installations, or a test next to the real one) would otherwise push each other off in turns.
/// </summary>
internal static partial class MqttClientId
{
    public const string FileName = "mqtt_client_id";

    public static string ForInstallation(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        try
        {
            // Our own file in our own folder: a few bytes. Anything else there is replaced.
            if (File.Exists(path) && new FileInfo(path).Length < 64 && File.ReadAllText(path).Trim() is var kept && Valid().IsMatch(kept))
            {
                return kept;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
        var made = $"gatehouse-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
        try
        {
            var temporary = path + ".new";
            File.WriteAllText(temporary, made + "\n");
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not kept: this run still has an id of its own, and the next start makes another.
        }
        return made;
    }

    [GeneratedRegex("^gatehouse-[0-9a-f]{12}$")]
    private static partial Regex Valid();
}
