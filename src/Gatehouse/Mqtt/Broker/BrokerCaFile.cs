using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Gatehouse.HaConfig;
using Gatehouse.Options;

namespace Gatehouse.Mqtt.Broker;

/// <summary>
/// <c>mqtt_ca_file</c>: the certificates (PEM) of a private CA in the add-on's /ssl folder, which the broker's
/// certificate must chain to. Read like any file another program wrote: a regular file only, within a size cap.
/// </summary>
internal static class BrokerCaFile
{
    /// <summary>A CA bundle is a few kilobytes; even the system's whole bundle is well under this.</summary>
    private const long MaxBytes = 1024 * 1024;

    public static (IReadOnlyList<X509Certificate2>? Certificates, string? Problem) Load(string option, GatehouseEnvironment environment)
    {
        var relative = Path.IsPathRooted(option) ? Path.GetRelativePath(GatehouseEnvironment.AddonSslDirectory, option) : option;
        var path = Path.Combine(environment.SslDirectory, relative);
        string Problem(string why) => $"{OptionNames.MqttCaFile} {option} {why}; put the CA certificate (PEM) in Home Assistant's /ssl folder and give its name";
        try
        {
            var (handle, length, notRegular) = RegularFile.Open(path);
            if (handle is null)
            {
                return (null, Problem(notRegular!));
            }
            using (handle)
            {
                if (length > MaxBytes)
                {
                    return (null, Problem("is larger than a CA certificate can be"));
                }
                var bytes = new byte[length];
                RandomAccess.Read(handle, bytes, 0);
                var certificates = new X509Certificate2Collection();
                certificates.ImportFromPem(System.Text.Encoding.ASCII.GetString(bytes));
                return certificates.Count == 0
                    ? (null, Problem("holds no certificate (-----BEGIN CERTIFICATE-----)"))
                    : ([.. certificates], null);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CryptographicException)
        {
            return (null, Problem($"cannot be read ({exception.Message})"));
        }
    }
}
