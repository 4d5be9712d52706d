using System.Security.Cryptography;
using System.Text.Json;

namespace Gatehouse.HaConfig.Storage;

/// <summary>
/// Reads HA's <c>.storage/&lt;key&gt;</c> files (envelope <c>{"version","key","data"}</c>). System.Text.Json rather
/// than the project's Newtonsoft on purpose: a JsonDocument over our own buffer never turns the secrets these files
/// hold (refresh tokens, TOTP keys) into strings, and the buffer is wiped once the wanted fields are copied out.
/// </summary>
internal sealed class StorageReader(HaConfigFolder folder)
{
    /// <summary>.storage/auth grows with refresh tokens; a few MB is a large install. Beyond this, something is wrong.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public ConfigRead<T> Read<T>(string key, Func<JsonElement, T> readData)
    {
        var name = $"{HaConfigFolder.StorageFolder}/{key}";
        byte[] bytes;
        try
        {
            var path = folder.ResolveInside(Path.Combine(HaConfigFolder.StorageFolder, key));
            if (path is null)
            {
                return ConfigRead<T>.Failed($"{name} is a link to outside the config folder; Gatehouse does not follow it");
            }
            if (!File.Exists(path))
            {
                return ConfigRead<T>.Absent;
            }
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                return ConfigRead<T>.Failed($"{name} is {length / (1024 * 1024)} MB, larger than Gatehouse reads; HA keeps it far smaller, so it may be damaged");
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ConfigRead<T>.Failed($"{name} cannot be read ({exception.Message}); check that Gatehouse may read the config folder");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes.AsMemory());
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("data", out var data)
                || data.ValueKind != JsonValueKind.Object)
            {
                return ConfigRead<T>.Failed($"{name} does not hold HA storage data (no \"data\" object); restore it from a backup if HA also fails to start");
            }
            return ConfigRead<T>.Read(readData(data));
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? $" at line {zeroBased + 1}" : "";
            return ConfigRead<T>.Failed($"{name} is not valid JSON{line}; HA may have been writing it (run the checks again) or it is damaged (restore it from a backup)");
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or KeyNotFoundException)
        {
            return ConfigRead<T>.Failed($"{name} has content of an unexpected shape ({exception.Message}); this HA version may store it differently");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }
}
