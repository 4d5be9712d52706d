using System.Net;
using System.Text;
using System.Text.Json;
using Gatehouse.HaConfig.Storage;
using Gatehouse.Options;

namespace Gatehouse.Checks.Advisories;

/// <summary>
/// The lookups: GitHub's global advisory database (<c>GET advisories?ecosystem=pip&amp;affects=homeassistant@&lt;version&gt;</c>),
/// a repository's own advisories (<c>GET repos/&lt;repo&gt;/security-advisories</c>, matched against the version here), and
/// OSV (<c>POST v1/query</c> for the PyPI package). Each answer is bounded; a refusal, a rate limit or an outage is a
/// problem, never an empty list. Parsed with System.Text.Json's document reader: no reflection.
/// </summary>
internal sealed class AdvisoryDatabases(IHttpClientFactory clients, GatehouseEnvironment environment, TimeProvider time)
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    /// <summary>A page of 100 advisories is a few hundred KB.</summary>
    public const long MaxResponseBytes = 4L * 1024 * 1024;

    /// <summary>More than any release has had; the rest of a longer answer is not read.</summary>
    public const int MaxAdvisories = 200;

    public const string CorePackage = "homeassistant";

    private readonly HttpClient _http = clients.CreateClient(nameof(AdvisoryDatabases));

    public async Task<AdvisoryAnswer> GitHubGlobalAsync(InstalledComponent core)
    {
        var url = new Uri(environment.GitHubApiUrl, $"advisories?ecosystem=pip&affects={Uri.EscapeDataString($"{CorePackage}@{core.Version}")}&per_page=100");
        return await ReadAsync("GitHub's advisory database", () => Get(url), json => FromGlobal(json, core));
    }

    /// <summary>A repository's own advisories, each vulnerability matched against the installed component its package names.</summary>
    public async Task<AdvisoryAnswer> GitHubRepositoryAsync(string repository, string repositoryComponent, IReadOnlyList<InstalledComponent> installed)
    {
        var url = new Uri(environment.GitHubApiUrl, $"repos/{repository}/security-advisories?state=published&per_page=100");
        return await ReadAsync($"GitHub's advisories of {repository}", () => Get(url), json => FromRepository(json, repositoryComponent, installed));
    }

    public async Task<AdvisoryAnswer> OsvAsync(InstalledComponent core)
    {
        var url = new Uri(environment.OsvUrl, "v1/query");
        return await ReadAsync("OSV", () => new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(OsvQuery(core.Version), Encoding.UTF8, "application/json") },
            json => FromOsv(json, core));
    }

    /// <summary><c>{"version": "…", "package": {"name": "homeassistant", "ecosystem": "PyPI"}}</c>, written without reflection.</summary>
    private static string OsvQuery(string version)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("version", version);
            writer.WriteStartObject("package");
            writer.WriteString("name", CorePackage);
            writer.WriteString("ecosystem", "PyPI");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static HttpRequestMessage Get(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/vnd.github+json");
        request.Headers.UserAgent.ParseAdd("Gatehouse-Home-Assistant-add-on");
        request.Headers.Add("X-GitHub-Api-Version", "2022-11-28");
        return request;
    }

    private async Task<AdvisoryAnswer> ReadAsync(string name, Func<HttpRequestMessage> request, Func<JsonElement, IReadOnlyList<Advisory>> parse)
    {
        using var timeout = new CancellationTokenSource(RequestTimeout, time);
        try
        {
            using var message = request();
            using var response = await _http.SendAsync(message, timeout.Token);
            if (Refusal(response) is { } refused)
            {
                return AdvisoryAnswer.Failed($"{name} {refused}");
            }
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 32 });
            return AdvisoryAnswer.Found(parse(document.RootElement));
        }
        catch (OperationCanceledException)
        {
            return AdvisoryAnswer.Failed($"{name} did not answer within {RequestTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException exception)
        {
            return AdvisoryAnswer.Failed($"{name} could not be reached ({exception.Message})");
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return AdvisoryAnswer.Failed($"{name}'s answer could not be read ({exception.Message})");
        }
    }

    /// <summary>GitHub's rate limit is 403 or 429 with no requests left; any other status but 200 is an outage or a refusal.</summary>
    private static string? Refusal(HttpResponseMessage response)
    {
        var limited = response.StatusCode == HttpStatusCode.TooManyRequests
            || (response.StatusCode == HttpStatusCode.Forbidden && response.Headers.TryGetValues("x-ratelimit-remaining", out var left) && left.FirstOrDefault() == "0");
        return limited ? "refused the lookup for now (rate limit)"
            : response.StatusCode != HttpStatusCode.OK ? $"answered HTTP {(int)response.StatusCode}"
            : null;
    }

    /// <summary>The global database already matched the version (<c>affects</c>): every advisory listed applies.</summary>
    private static IReadOnlyList<Advisory> FromGlobal(JsonElement json, InstalledComponent core) =>
        [.. Advisories(json).Select(item => FromItem(item.Json, item.Id, core.Name,
            item.Json.Items("vulnerabilities").Select(v => v.Text("first_patched_version") ?? v.Field("first_patched_version")?.Text("identifier")).FirstOrDefault(f => f is not null)))];

    /// <summary>
    /// A repository's advisories carry ranges to match here. A range that cannot be read counts as affecting: an
    /// advisory is not dismissed for its notation.
    /// </summary>
    private static IReadOnlyList<Advisory> FromRepository(JsonElement json, string repositoryComponent, IReadOnlyList<InstalledComponent> installed)
    {
        var found = new List<Advisory>();
        foreach (var (item, id) in Advisories(json))
        {
            foreach (var vulnerability in item.Items("vulnerabilities").Take(20))
            {
                var name = InstalledComponent.ByPackage(vulnerability.Field("package")?.Text("name")) ?? repositoryComponent;
                if (installed.FirstOrDefault(c => c.Name == name) is not { } component
                    || ReleaseVersion.Parse(component.Version) is not { } version
                    || VersionRange.Contains(vulnerability.Text("vulnerable_version_range"), version) == false)
                {
                    continue;
                }
                found.Add(FromItem(item, id, name, vulnerability.Text("patched_versions")));
                break;
            }
        }
        return found;
    }

    private static IEnumerable<(JsonElement Json, string Id)> Advisories(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("not a list of advisories");
        }
        return json.EnumerateArray().Take(MaxAdvisories)
            .Where(item => item.Field("withdrawn_at") is null && item.Text("ghsa_id") is not null)
            .Select(item => (item, item.Text("ghsa_id")!));
    }

    private static Advisory FromItem(JsonElement item, string id, string component, string? fixedIn) =>
        new(id, item.Text("cve_id") is { } cve ? [cve] : [], component, AdvisorySeverities.Parse(item.Text("severity")), Summary(item.Text("summary")),
            fixedIn?.Split(',')[0].Trim() is { Length: > 0 and <= 40 } first ? first : null);

    private static IReadOnlyList<Advisory> FromOsv(JsonElement json, InstalledComponent core)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("not an OSV answer");
        }
        return json.Items("vulns").Take(MaxAdvisories)
            .Where(v => v.Text("id") is not null && v.Field("withdrawn") is null)
            .Select(v =>
            {
                var aliases = v.Texts("aliases").Take(10).ToList();
                var id = aliases.FirstOrDefault(a => a.StartsWith("GHSA-", StringComparison.Ordinal)) ?? v.Text("id")!;
                var fixedIn = v.Items("affected").SelectMany(a => a.Items("ranges")).SelectMany(r => r.Items("events"))
                    .Select(e => e.Text("fixed")).FirstOrDefault(f => f is not null);
                return new Advisory(id, [.. aliases.Append(v.Text("id")!).Where(a => a != id).Distinct()], core.Name,
                    AdvisorySeverities.Parse(v.Field("database_specific")?.Text("severity")), Summary(v.Text("summary") ?? v.Text("details")), fixedIn);
            })
            .ToList();
    }

    private static string Summary(string? text)
    {
        var line = new string([.. (text ?? "(no summary)").Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        return line.Length <= Advisory.MaxSummaryLength ? line : line[..(Advisory.MaxSummaryLength - 1)] + "…";
    }
}
