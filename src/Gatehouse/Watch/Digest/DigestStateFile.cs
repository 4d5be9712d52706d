using System.Globalization;
using System.Text;
using Gatehouse.Logins.Recording;
using Gatehouse.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Watch.Digest;

/// <summary>
/// <c>digest.json</c> in the data folder: <c>{"sent_at":"…","open":{"&lt;finding id&gt;":"&lt;text&gt;"}}</c>, so the digest
/// keeps its day across restarts. Written whole through a temporary file; a damaged or oversized file reads as
/// none (the next digest then starts a new day), never fatal.
/// </summary>
internal sealed class DigestStateFile(GatehouseEnvironment environment)
{
    public const string FileName = "digest.json";
    public const long MaxBytes = 4 * 1024 * 1024;

    private string Path => System.IO.Path.Combine(environment.DataDirectory, FileName);

    public DigestState? Read()
    {
        try
        {
            var info = new FileInfo(Path);
            if (!info.Exists || info.Length > MaxBytes)
            {
                return null;
            }
            using var reader = new JsonTextReader(new StringReader(File.ReadAllText(Path, Encoding.UTF8))) { MaxDepth = 4, DateParseHandling = DateParseHandling.None };
            return JToken.ReadFrom(reader) is JObject root
                && DateTimeOffset.TryParse((string?)root["sent_at"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sentAt)
                && root["open"] is JObject open
                ? new DigestState(sentAt, open.Properties().Where(p => p.Value.Type == JTokenType.String).ToDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal))
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>False when the data folder refused it: the digest then goes out again at the next due time.</summary>
    public bool Write(DigestState state)
    {
        var json = new JObject
        {
            ["sent_at"] = state.SentAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            ["open"] = new JObject(state.Open.Select(o => new JProperty(o.Key, o.Value))),
        };
        var temporary = Path + ".tmp";
        try
        {
            File.WriteAllText(temporary, json.ToString(Formatting.None), new UTF8Encoding(false));
            File.Move(temporary, Path, overwrite: true);
            DirectoryFlush.Flush(environment.DataDirectory);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
