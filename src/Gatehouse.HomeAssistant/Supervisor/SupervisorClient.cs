using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Gatehouse.HomeAssistant.Supervisor.Models;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor;

/// <summary>
/// <see cref="ISupervisorClient"/> over HttpClient. Each call has its own timeout; with no Supervisor
/// (<paramref name="endpoint"/> null, Gatehouse outside the add-on) every call answers NotConfigured.
/// </summary>
internal sealed partial class SupervisorClient(
    HttpClient http, SupervisorEndpoint? endpoint, TimeProvider timeProvider, ILogger<SupervisorClient> logger)
    : ISupervisorClient
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The Supervisor's answers are small JSON documents and bounded log excerpts; more than this is read no further.</summary>
    public const long MaxResponseBytes = 16 * 1024 * 1024;

    public Task<SupervisorResult<MqttService>> GetMqttServiceAsync(CancellationToken cancellationToken) =>
        GetJsonAsync(SupervisorPaths.MqttService, MqttService.Read, cancellationToken);

    public Task<SupervisorResult<CoreInfo>> GetCoreInfoAsync(CancellationToken cancellationToken) =>
        GetJsonAsync(SupervisorPaths.CoreInfo, CoreInfo.Read, cancellationToken);

    public Task<SupervisorResult<SupervisorInfo>> GetSupervisorInfoAsync(CancellationToken cancellationToken) =>
        GetJsonAsync(SupervisorPaths.SupervisorInfo, SupervisorInfo.Read, cancellationToken);

    public Task<SupervisorResult<OsInfo>> GetOsInfoAsync(CancellationToken cancellationToken) =>
        GetJsonAsync(SupervisorPaths.OsInfo, OsInfo.Read, cancellationToken);

    public Task<SupervisorResult<HostInfo>> GetHostInfoAsync(CancellationToken cancellationToken) =>
        GetJsonAsync(SupervisorPaths.HostInfo, HostInfo.Read, cancellationToken);

    public Task<SupervisorResult<ResolutionInfo>> GetResolutionInfoAsync(CancellationToken cancellationToken) =>
        GetJsonAsync(SupervisorPaths.ResolutionInfo, ResolutionInfo.Read, cancellationToken);

    public Task<SupervisorResult<AddonInfo>> GetAddonInfoAsync(string slug, CancellationToken cancellationToken)
    {
        if (!IsSlug(slug))
        {
            throw new ArgumentException($"'{slug}' is not an add-on slug (letters, digits, '-', '_', '.').", nameof(slug));
        }
        return GetJsonAsync(SupervisorPaths.AddonInfo(slug), AddonInfo.Read, cancellationToken);
    }

    public Task<SupervisorResult<BackupsInfo>> GetBackupsInfoAsync(CancellationToken cancellationToken) =>
        GetJsonAsync(SupervisorPaths.BackupsInfo, BackupsInfo.Read, cancellationToken);

    /// <summary>The Supervisor's RE_SLUG; a slug of dots alone would walk up the path.</summary>
    public static bool IsSlug(string slug) => SlugPattern().IsMatch(slug);

    public Task<SupervisorResult<AddonList>> GetAddonsAsync(CancellationToken cancellationToken) =>
        GetJsonAsync(SupervisorPaths.Addons, AddonList.Read, cancellationToken);

    public Task<SupervisorResult<string>> GetCoreLogsAsync(int lines, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lines, 1);
        var query = "?lines=" + lines.ToString(CultureInfo.InvariantCulture);
        return GetAsync(SupervisorPaths.CoreLogs, query, "text/plain", SupervisorResponseReader.ReadTextAsync, cancellationToken);
    }

    private Task<SupervisorResult<T>> GetJsonAsync<T>(string path, Func<JToken, T> read, CancellationToken cancellationToken)
        where T : class =>
        GetAsync(path, "", "application/json",
            (response, readPath, token) => SupervisorResponseReader.ReadJsonAsync(response, readPath, read, token), cancellationToken);

    private async Task<SupervisorResult<T>> GetAsync<T>(
        string path,
        string query,
        string accept,
        Func<HttpResponseMessage, string, CancellationToken, Task<SupervisorResult<T>>> read,
        CancellationToken cancellationToken)
        where T : class
    {
        if (endpoint is null)
        {
            return SupervisorResult<T>.Problem(SupervisorOutcome.NotConfigured,
                "No Supervisor: Gatehouse runs outside the add-on, so this information is unavailable.", null);
        }
        using var timeout = new CancellationTokenSource(RequestTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint.BaseUrl.AbsoluteUri.TrimEnd('/') + path + query));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", endpoint.Token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        SupervisorResult<T> result;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            result = await read(response, path, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = SupervisorResult<T>.Problem(SupervisorOutcome.Failed,
                $"The Supervisor did not answer {path} within {RequestTimeout.TotalSeconds:0} s.", null);
        }
        catch (HttpRequestException exception)
        {
            result = SupervisorResult<T>.Problem(SupervisorOutcome.Failed,
                $"The Supervisor could not be reached for {path}: {exception.Message}", null);
        }
        if (!result.IsOk)
        {
            Log.CallProblem(logger, path, result.Outcome, result.HttpStatus, result.Message);
        }
        return result;
    }

    [GeneratedRegex(@"^(?!\.+$)[-_.A-Za-z0-9]+$")]
    private static partial Regex SlugPattern();
}
