using System.Text.Json;
using Gatehouse.Checks;
using Gatehouse.Logins.Recording;

namespace Gatehouse.Acceptance;

/// <summary>
/// <c>accepted_risks.json</c> in the data folder. Written whole to a temporary file and renamed over the old one, so
/// a crash or power cut leaves the old list or the new one. A file that cannot be read is moved aside, never
/// overwritten, so the owner's decisions are not lost to a bad disk sector.
/// </summary>
internal sealed class AcceptedRisksFile(string dataDirectory)
{
    public const string FileName = "accepted_risks.json";

    public string Path { get; } = System.IO.Path.Combine(dataDirectory, FileName);

    /// <summary>The stored acceptances; empty when there is no file. Throws <see cref="InvalidDataException"/> when it cannot be read.</summary>
    public IReadOnlyList<AcceptedRisk> Read()
    {
        var file = new FileInfo(Path);
        if (!file.Exists)
        {
            return [];
        }
        if (file.Length > AcceptanceLimits.MaxFileBytes)
        {
            throw new InvalidDataException($"it is larger than {AcceptanceLimits.MaxFileBytes} bytes");
        }
        try
        {
            using var stream = file.OpenRead();
            var document = JsonSerializer.Deserialize(stream, AcceptedRisksJson.Default.AcceptedRisksDocument);
            return document?.Accepted?.Where(IsWellFormed).Take(AcceptanceLimits.MaxAcceptances).ToList() ?? [];
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException(exception.Message, exception);
        }
    }

    public void Write(IReadOnlyList<AcceptedRisk> accepted)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, new AcceptedRisksDocument(accepted), AcceptedRisksJson.Default.AcceptedRisksDocument);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path, overwrite: true);
        DirectoryFlush.Flush(System.IO.Path.GetDirectoryName(Path)!);
    }

    /// <summary>Moves an unreadable file aside (never over an earlier copy) and returns where it went.</summary>
    public string MoveAside(DateTimeOffset now)
    {
        var aside = $"{Path}.unreadable-{now.ToUnixTimeSeconds()}";
        File.Move(Path, aside, overwrite: false);
        return aside;
    }

    /// <summary>A hand-edited or damaged entry is dropped, not trusted.</summary>
    private static bool IsWellFormed(AcceptedRisk? risk) =>
        risk is { FindingId.Length: > 0 and <= AcceptanceLimits.MaxFindingIdLength, Fingerprint.Length: > 0 and <= 64 }
        && risk.Reason is { Length: <= AcceptanceLimits.MaxReasonLength }
        && risk.AcceptedBy is { Length: <= AcceptanceLimits.MaxUserLength };
}
