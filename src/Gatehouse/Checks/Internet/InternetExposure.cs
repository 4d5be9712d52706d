using System.Net;
using Gatehouse.Checks.Live;
using Gatehouse.HomeAssistant.Json;
using Gatehouse.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.Checks.Internet;

/// <summary>
/// What the internet sees of the house, read once per check run and shared by remote_exposure and remote_access:
/// the public IP from a lookup service, then Shodan InternetDB's record of it. Only when the owner opted in
/// (<c>remote_exposure_check</c>), since it sends the public IP to third parties.
/// </summary>
internal sealed class InternetExposure
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>An IP address or a small JSON record: anything bigger is not what was asked for.</summary>
    public const long MaxResponseBytes = 1024 * 1024;

    private const string TryLater = "Check the internet connection of the Home Assistant host; the check runs again on its schedule.";

    private readonly HttpClient _http;
    private readonly GatehouseEnvironment _environment;
    private readonly TimeProvider _time;
    private readonly Lazy<Task<LiveRead<InternetRecord>>> _record;

    public InternetExposure(IHttpClientFactory clients, GatehouseOptions options, GatehouseEnvironment environment, TimeProvider time)
    {
        _http = clients.CreateClient(nameof(InternetExposure));
        _environment = environment;
        _time = time;
        Enabled = options.RemoteExposureCheck;
        _record = new(ReadAsync);
    }

    /// <summary>The owner's opt-in; when false nothing is sent anywhere.</summary>
    public bool Enabled { get; }

    public Task<LiveRead<InternetRecord>> RecordAsync() => Enabled
        ? _record.Value
        : Task.FromResult(LiveRead<InternetRecord>.Failed("remote_exposure_check is off", "Turn on remote_exposure_check in the add-on's options to include it."));

    private async Task<LiveRead<InternetRecord>> ReadAsync()
    {
        var (status, body, problem) = await GetAsync(_environment.PublicIpUrl);
        var text = body?.Trim() ?? "";
        if (problem is not null || status != HttpStatusCode.OK || !IPAddress.TryParse(text, out var address))
        {
            return LiveRead<InternetRecord>.Failed(
                $"the public IP lookup {_environment.PublicIpUrl.Host} {problem ?? (status == HttpStatusCode.OK ? "did not answer with an IP address" : $"answered HTTP {(int)status}")}", TryLater);
        }
        var ip = address.ToString();
        (status, body, problem) = await GetAsync(new Uri(_environment.InternetDbUrl, Uri.EscapeDataString(ip)));
        if (problem is not null)
        {
            return LiveRead<InternetRecord>.Failed($"Shodan InternetDB {problem}", TryLater);
        }
        if (status == HttpStatusCode.NotFound)
        {
            return LiveRead<InternetRecord>.Read(new InternetRecord(ip, false, [], [], [], []));
        }
        try
        {
            var json = status == HttpStatusCode.OK ? JObject.Parse(body!) : null;
            return json is null
                ? LiveRead<InternetRecord>.Failed($"Shodan InternetDB answered HTTP {(int)status}", TryLater)
                : LiveRead<InternetRecord>.Read(new InternetRecord(ip, true, Values(json, "ports", JsonRead.Int).OfType<int>().ToList(), Texts(json, "tags"), Texts(json, "vulns"), Texts(json, "hostnames")));
        }
        catch (JsonException exception)
        {
            return LiveRead<InternetRecord>.Failed($"Shodan InternetDB's answer could not be read ({exception.Message})", TryLater);
        }
    }

    private async Task<(HttpStatusCode Status, string? Body, string? Problem)> GetAsync(Uri url)
    {
        using var timeout = new CancellationTokenSource(RequestTimeout, _time);
        try
        {
            using var response = await _http.GetAsync(url, timeout.Token);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(timeout.Token), null);
        }
        catch (OperationCanceledException)
        {
            return (default, null, $"did not answer within {RequestTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException exception)
        {
            return (default, null, $"could not be reached ({exception.Message})");
        }
    }

    /// <summary>The list's values as <paramref name="read"/> reads them (null for a null item); none when it is not a list.</summary>
    private static IEnumerable<T> Values<T>(JObject json, string name, Func<JToken, T> read) =>
        json[name] is JArray array ? array.Select(read) : [];

    private static List<string> Texts(JObject json, string name) => Values(json, name, JsonRead.Text).OfType<string>().ToList();
}
