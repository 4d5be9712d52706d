using System.Net;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Supervisor;

/// <summary>
/// Turns a Supervisor answer into a result. Success is <c>{"result":"ok","data":{…}}</c>; an error is
/// <c>{"result":"error","message":"…"}</c> (Supervisor <c>api/utils.py</c>); but the security middleware refuses
/// with aiohttp's plain-text <c>401: Unauthorized</c> / <c>403: Forbidden</c>, and the log endpoints answer text.
/// </summary>
internal static class SupervisorResponseReader
{
    private const string NotReadyPrefix = "System is not ready";
    private const string NoServiceAccessPrefix = "No access to";
    private const int MaxQuotedBody = 200;

    /// <summary>The answer's <c>data</c>, read by <paramref name="read"/> (the record's own reader).</summary>
    public static async Task<SupervisorResult<T>> ReadJsonAsync<T>(
        HttpResponseMessage response, string path, Func<JToken, T> read, CancellationToken cancellationToken)
        where T : class
    {
        var status = (int)response.StatusCode;
        if (await ReadBodyAsync(response, cancellationToken) is not { } body)
        {
            return TooLarge<T>(status, path);
        }
        var envelope = TryParse(body);
        if (envelope is null || !response.IsSuccessStatusCode || (string?)envelope["result"] != "ok")
        {
            return Problem<T>(status, path, body, envelope);
        }
        try
        {
            var data = envelope["data"] is { Type: not JTokenType.Null } json ? read(json) : null;
            return data is null
                ? Unreadable<T>(status, path, "the answer has no data")
                : SupervisorResult<T>.Ok(data);
        }
        catch (JsonException exception)
        {
            return Unreadable<T>(status, path, exception.Message);
        }
    }

    public static async Task<SupervisorResult<string>> ReadTextAsync(
        HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        if (await ReadBodyAsync(response, cancellationToken) is not { } body)
        {
            return TooLarge<string>((int)response.StatusCode, path);
        }
        return response.IsSuccessStatusCode
            ? SupervisorResult<string>.Ok(body)
            : Problem<string>((int)response.StatusCode, path, body, TryParse(body));
    }

    /// <summary>
    /// The body as text, or null past <see cref="SupervisorClient.MaxResponseBytes"/>. Read from the stream with a
    /// cap of its own: HttpClient's MaxResponseContentBufferSize does not apply to a response read after its headers.
    /// </summary>
    private static async Task<string?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > SupervisorClient.MaxResponseBytes)
        {
            return null;
        }
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > SupervisorClient.MaxResponseBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static SupervisorResult<T> TooLarge<T>(int status, string path)
        where T : class =>
        Unreadable<T>(status, path, $"the answer is larger than the {SupervisorClient.MaxResponseBytes / (1024 * 1024)} MB Gatehouse reads");

    private static SupervisorResult<T> Problem<T>(int status, string path, string body, JObject? envelope)
        where T : class
    {
        var said = (string?)envelope?["message"] ?? Quote(body);
        if (status == (int)HttpStatusCode.Unauthorized)
        {
            return SupervisorResult<T>.Problem(SupervisorOutcome.NotPermitted,
                $"The Supervisor did not accept the add-on's token for {path} (HTTP 401). Restart the add-on so it gets a fresh SUPERVISOR_TOKEN.",
                status);
        }
        if (status == (int)HttpStatusCode.Forbidden || said.StartsWith(NoServiceAccessPrefix, StringComparison.Ordinal))
        {
            return SupervisorResult<T>.Problem(SupervisorOutcome.NotPermitted,
                $"The Supervisor does not let the add-on read {path} (HTTP {status}: {said}): its permissions do not include it.",
                status);
        }
        if (said.StartsWith(NotReadyPrefix, StringComparison.Ordinal))
        {
            return SupervisorResult<T>.Problem(SupervisorOutcome.NotReady,
                $"The Supervisor is not ready yet ({said}); Gatehouse asks again later.", status);
        }
        return envelope is null && status < 300
            ? Unreadable<T>(status, path, "not the Supervisor's JSON envelope")
            : SupervisorResult<T>.Problem(SupervisorOutcome.Failed,
                $"The Supervisor answered {path} with an error (HTTP {status}): {said}", status);
    }

    private static SupervisorResult<T> Unreadable<T>(int status, string path, string why)
        where T : class =>
        SupervisorResult<T>.Problem(SupervisorOutcome.Failed,
            $"The Supervisor's answer to {path} could not be read (HTTP {status}): {why}", status);

    private static JObject? TryParse(string body)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { DateParseHandling = DateParseHandling.None };
            return JToken.ReadFrom(reader) as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Quote(string body)
    {
        var trimmed = body.Trim();
        return trimmed.Length switch
        {
            0 => "no message",
            > MaxQuotedBody => trimmed[..MaxQuotedBody] + "…",
            _ => trimmed,
        };
    }
}
