using System.Globalization;
using System.Text.Json;
using Gatehouse.HaConfig.Storage;
using Gatehouse.Options;

namespace Gatehouse.Checks.Advisories;

/// <summary>
/// The last complete lookup, kept a day in the data folder (<see cref="FileName"/>) so the databases are asked at most
/// once a day for the same versions. A damaged or foreign file is ignored and replaced; one that cannot be written
/// only means the next run asks again.
/// </summary>
internal sealed class AdvisoryCache(GatehouseEnvironment environment)
{
    public const string FileName = "advisories.json";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>Far above what the cache writes; a bigger file is not ours.</summary>
    public const long MaxBytes = 1024 * 1024;

    private string Path => System.IO.Path.Combine(environment.DataDirectory, FileName);

    /// <summary>The kept report when it is younger than a day and for exactly these versions.</summary>
    public AdvisoryReport? Read(IReadOnlyList<InstalledComponent> installed, DateTimeOffset now)
    {
        try
        {
            var file = new FileInfo(Path);
            if (!file.Exists || file.Length > MaxBytes)
            {
                return null;
            }
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path));
            var root = document.RootElement;
            if (!DateTimeOffset.TryParse(root.Text("checked_at"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var checkedAt)
                || now - checkedAt >= Lifetime || checkedAt > now)
            {
                return null;
            }
            var kept = root.Items("installed").Select(i => new InstalledComponent(i.Text("name") ?? "", i.Text("version") ?? "")).ToList();
            if (!kept.SequenceEqual(installed))
            {
                return null;
            }
            var advisories = root.Items("advisories").Take(AdvisoryDatabases.MaxAdvisories * 3).Select(a => new Advisory(
                a.Text("id") ?? throw new FormatException("an advisory without an id"),
                [.. a.Texts("aliases")],
                a.Text("component") ?? "",
                Enum.TryParse<AdvisorySeverity>(a.Text("severity"), out var severity) ? severity : AdvisorySeverity.Unknown,
                a.Text("summary") ?? "",
                a.Text("fixed_in"))).ToList();
            return new AdvisoryReport(kept, advisories, [], checkedAt);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            return null;
        }
    }

    public void Write(AdvisoryReport report)
    {
        var temporary = Path + ".new";
        try
        {
            using (var stream = File.Create(temporary))
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("checked_at", report.CheckedAt.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteStartArray("installed");
                foreach (var component in report.Installed)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", component.Name);
                    writer.WriteString("version", component.Version);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteStartArray("advisories");
                foreach (var advisory in report.Advisories)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", advisory.Id);
                    writer.WriteStartArray("aliases");
                    advisory.Aliases.ToList().ForEach(writer.WriteStringValue);
                    writer.WriteEndArray();
                    writer.WriteString("component", advisory.Component);
                    writer.WriteString("severity", advisory.Severity.ToString());
                    writer.WriteString("summary", advisory.Summary);
                    writer.WriteString("fixed_in", advisory.FixedIn);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            File.Move(temporary, Path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not kept: the next run looks the advisories up again.
        }
    }
}
