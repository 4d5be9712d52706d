using System.Collections.Concurrent;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Gatehouse.IntegrationTests.Fakes.Internet;

/// <summary>
/// GitHub's REST API (<c>GET /github/advisories</c>, <c>GET /github/repos/{owner}/{repo}/security-advisories</c>) and OSV
/// (<c>POST /osv/v1/query</c>) on one loopback port, answering as they do: JSON lists, OSV's <c>{}</c> when nothing
/// applies, GitHub's 403 with <c>x-ratelimit-remaining: 0</c> when rate limited. Scripted per test.
/// </summary>
internal sealed class FakeAdvisoryDatabases : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _requests = new();
    private WebApplication? _app;

    private FakeAdvisoryDatabases()
    {
    }

    public Uri GitHubApiUrl { get; private set; } = null!;

    public Uri OsvUrl { get; private set; } = null!;

    /// <summary>The global database's answer to <c>affects=homeassistant@…</c>.</summary>
    public string GlobalAdvisories { get; set; } = "[]";

    /// <summary>Each repository's advisories by <c>owner/repo</c>; a repository not listed has none.</summary>
    public ConcurrentDictionary<string, string> RepositoryAdvisories { get; } = new();

    public string OsvAnswer { get; set; } = "{}";

    /// <summary>When set, every GitHub request is refused as GitHub refuses past its rate limit.</summary>
    public bool GitHubRateLimited { get; set; }

    /// <summary>Each request as <c>METHOD path?query body</c>.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    public static async Task<FakeAdvisoryDatabases> StartAsync()
    {
        var fake = new FakeAdvisoryDatabases();
        Uri baseUrl;
        (fake._app, baseUrl) = await LoopbackWebHost.StartAsync(app => app.Run(fake.HandleAsync));
        fake.GitHubApiUrl = new Uri(baseUrl, "github/");
        fake.OsvUrl = new Uri(baseUrl, "osv/");
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        using var reader = new StreamReader(request.Body);
        _requests.Enqueue($"{request.Method} {path}{request.QueryString} {await reader.ReadToEndAsync()}".TrimEnd());
        context.Response.ContentType = "application/json; charset=utf-8";
        if (path.StartsWith("/github/", StringComparison.Ordinal) && GitHubRateLimited)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.Headers["x-ratelimit-remaining"] = "0";
            await context.Response.WriteAsync("""{"message":"API rate limit exceeded for 127.0.0.1.","documentation_url":"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}""");
            return;
        }
        var answer = (request.Method, path) switch
        {
            ("GET", "/github/advisories") => GlobalAdvisories,
            ("GET", _) when path.StartsWith("/github/repos/", StringComparison.Ordinal) && path.EndsWith("/security-advisories", StringComparison.Ordinal) =>
                RepositoryAdvisories.GetValueOrDefault(path["/github/repos/".Length..^"/security-advisories".Length], "[]"),
            ("POST", "/osv/v1/query") => OsvAnswer,
            _ => null,
        };
        if (answer is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("""{"message":"Not Found"}""");
            return;
        }
        await context.Response.WriteAsync(answer);
    }
}
