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
    public const long MaxBytes = 8L * 1024 * 1024;

    /// <summary>One file at a time: the checks of a run ask concurrently, and each read holds the file and its index in memory.</summary>
    private readonly Lock _oneAtATime = new();

    /// <summary>JsonDocument keeps 12 bytes per value it indexes: a file of a million tiny values would cost far more than its size.</summary>
    public const int MaxValues = 1_000_000;

    public ConfigRead<T> Read<T>(string key, Func<JsonElement, T> readData)
    {
        lock (_oneAtATime)
        {
            return ReadOne(key, readData);
        }
    }

    private ConfigRead<T> ReadOne<T>(string key, Func<JsonElement, T> readData)
    {
        var name = $"{HaConfigFolder.StorageFolder}/{key}";
        var read = folder.Read(Path.Combine(HaConfigFolder.StorageFolder, key), MaxBytes);
        if (read.Missing)
        {
            return ConfigRead<T>.Absent;
        }
        if (read.Bytes is not { } bytes)
        {
            return ConfigRead<T>.Failed(read.Describe());
        }

        try
        {
            if (CountValues(bytes) > MaxValues)
            {
                return ConfigRead<T>.Failed($"{name} holds more than {MaxValues:N0} values, far more than HA stores there; it may be damaged (restore it from a backup)");
            }
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

    /// <summary>A pass of the allocation-free reader, stopping at the first value past the limit (or at invalid JSON, which the parse reports).</summary>
    private static int CountValues(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = false });
        var count = 0;
        while (count <= MaxValues && reader.Read())
        {
            count++;
        }
        return count;
    }
}
