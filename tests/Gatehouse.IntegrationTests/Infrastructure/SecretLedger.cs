using System.Collections.Concurrent;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Fakes.Supervisor;

namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>
/// Every token, password and TOTP secret the integration suite uses, and the check that none of them shows up
/// in what Gatehouse writes: each process's log output and each MQTT payload a probe received is checked when
/// it is disposed, so the whole suite's output is covered.
/// </summary>
internal static class SecretLedger
{
    /// <summary>Secrets shorter than this are matched as whole words only (see <see cref="Shows"/>).</summary>
    private const int ShortSecret = 8;

    private static readonly ConcurrentDictionary<string, byte> Secrets = new(Known().Distinct().Select(s => KeyValuePair.Create(s, (byte)0)));

    /// <summary>Adds a secret a test made up (a broker password, an options password).</summary>
    public static void Register(string secret) => Secrets.TryAdd(secret, 0);

    /// <summary>Throws when any known secret appears in <paramref name="texts"/>.</summary>
    public static void AssertNoneIn(IEnumerable<string> texts, string where)
    {
        foreach (var text in texts)
        {
            var leaked = Secrets.Keys.FirstOrDefault(secret => Shows(text, secret));
            if (leaked is not null)
            {
                throw new InvalidOperationException($"A secret ({leaked[..Math.Min(4, leaked.Length)]}…) leaked into {where}: {text}");
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> shows <paramref name="secret"/>. A short secret (the sample's 4-digit alarm
    /// code) counts only as a whole word: inside a longer number (a random port such as 37391) it is chance, not a leak.
    /// </summary>
    private static bool Shows(string text, string secret)
    {
        for (var at = text.IndexOf(secret, StringComparison.Ordinal); at >= 0; at = text.IndexOf(secret, at + 1, StringComparison.Ordinal))
        {
            var end = at + secret.Length;
            if (secret.Length >= ShortSecret || ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))))
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<string> Known()
    {
        yield return FakeHomeAssistant.Token;
        yield return FakeSupervisor.AddonToken;
        // The sample config folders' secrets.yaml values and TOTP keys.
        foreach (var line in SampleFiles("secrets.yaml"))
        {
            var value = line.Split(':', 2) is [_, var v] ? v.Trim().Trim('"', '\'') : "";
            if (value.Length >= 4)
            {
                yield return value;
            }
        }
        // The sample auth files' refresh tokens and their signing keys (access_tokens reads their metadata only),
        // and the backup settings' encryption key (backups reads whether one is set).
        foreach (var (file, fields) in new[] { ("auth", new[] { "token", "jwt_key" }), ("backup", new[] { "password" }) })
        {
            foreach (var line in SampleFiles(Path.Combine(".storage", file)))
            {
                foreach (var field in fields.Select(f => $"\"{f}\": \""))
                {
                    for (var at = line.IndexOf(field, StringComparison.Ordinal); at >= 0; at = line.IndexOf(field, at + 1, StringComparison.Ordinal))
                    {
                        var start = at + field.Length;
                        yield return line[start..line.IndexOf('"', start)];
                    }
                }
            }
        }
        // The sample automations' webhook ids: reports show their first characters only.
        foreach (var line in new[] { "automations.yaml", Path.Combine("automations", "doorbell.yaml") }.SelectMany(SampleFiles))
        {
            if (line.Trim().StartsWith("webhook_id:", StringComparison.Ordinal))
            {
                yield return line.Split(':', 2)[1].Trim().Trim('"');
            }
        }
        foreach (var line in SampleFiles(Path.Combine(".storage", "auth_module.totp")))
        {
            var parts = line.Split('"');
            if (parts.Length >= 4 && parts[3].Length >= 16)
            {
                yield return parts[3];
            }
        }
    }

    private static IEnumerable<string> SampleFiles(string relative)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "tests", "samples")))
        {
            folder = folder.Parent;
        }
        if (folder is null)
        {
            return [];
        }
        return Directory.GetDirectories(Path.Combine(folder.FullName, "tests", "samples"))
            .Select(sample => Path.Combine(sample, relative))
            .Where(File.Exists)
            .SelectMany(File.ReadLines);
    }
}
