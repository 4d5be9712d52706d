using System.Collections.Concurrent;
using System.Globalization;
using Gatehouse.IntegrationTests.Fakes.HomeAssistant;
using Gatehouse.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json;

namespace Gatehouse.IntegrationTests.Fakes.Supervisor;

/// <summary>
/// The Supervisor's REST API on a loopback port, answering recorded responses (TestData/Supervisor) the way the
/// real one does: the <c>{"result","data"}</c> envelope, aiohttp's plain-text 401/403 from the security middleware,
/// 400 while not ready, and the mqtt service's own access check. Scripted per test through its properties.
/// </summary>
internal sealed partial class FakeSupervisor : IAsyncDisposable
{
    public const string AddonToken = "fake-supervisor-token-3c9d41e7b2";

    private static readonly Dictionary<string, string> RecordedFiles = new()
    {
        ["/services/mqtt"] = "services_mqtt.json",
        ["/core/info"] = "core_info.json",
        ["/supervisor/info"] = "supervisor_info.json",
        ["/os/info"] = "os_info.json",
        ["/host/info"] = "host_info.json",
        ["/resolution/info"] = "resolution_info.json",
        ["/addons"] = "addons.json",
        ["/backups/info"] = "backups_info.json",
        ["/addons/core_mosquitto/info"] = "addon_core_mosquitto_info.json",
        ["/addons/a0d7b954_tailscale/info"] = "addon_a0d7b954_tailscale_info.json",
        ["/addons/local_gatehouse/info"] = "addon_local_gatehouse_info.json",
    };

    private readonly ConcurrentDictionary<string, string> _responses = new(
        RecordedFiles.ToDictionary(pair => pair.Key, pair => ReadTestData(pair.Value)));

    private readonly ConcurrentQueue<RecordedSupervisorRequest> _requests = new();
    private readonly Pulse _changed = new();
    private WebApplication? _app;

    private FakeSupervisor()
    {
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The add-on's <c>hassio_role</c>; see <see cref="SupervisorAccessRules"/>.</summary>
    public string Role { get; set; } = SupervisorAccessRules.DefaultRole;

    public bool HassioApi { get; set; } = true;

    /// <summary>Whether the add-on declared <c>services: [mqtt:…]</c>.</summary>
    public bool MqttServiceAccess { get; set; } = true;

    /// <summary>Whether a broker (Mosquitto) registered the mqtt service.</summary>
    public bool MqttServiceProvided { get; set; } = true;

    /// <summary>Set to a CoreState (e.g. <c>setup</c>) to answer every call as the Supervisor does while starting.</summary>
    public string? NotReadyState { get; set; }

    public string CoreLog { get; set; } = ReadTestData("core_logs.txt");

    public IReadOnlyCollection<RecordedSupervisorRequest> Requests => _requests;

    /// <summary>Waits until the websocket proxy was asked <paramref name="count"/> times.</summary>
    public Task WaitForProxyAttemptsAsync(int count) =>
        _changed.WaitUntilAsync(() => _requests.Count(r => r.Path == "/core/websocket") >= count, TestSettings.Timeout,
            $"{count} proxy connections");

    /// <summary>When set, requests wait (until the caller gives up) instead of being answered: a Supervisor that hangs.</summary>
    public bool HoldAnswers { get; set; }

    /// <summary>Completes when a request is being held, so a test can advance time only once it is in flight.</summary>
    public TaskCompletionSource RequestHeld { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<FakeSupervisor> StartAsync()
    {
        var fake = new FakeSupervisor();
        (fake._app, fake.BaseUrl) = await LoopbackWebHost.StartAsync(
            app => app.Run(fake.HandleAsync));
        return fake;
    }

    /// <summary>Replace the recorded data of <paramref name="path"/>; the fake wraps it in the ok envelope.</summary>
    public void SetData(string path, string dataJson) =>
        _responses[path] = $$"""{"result": "ok", "data": {{dataJson}}}""";

    /// <summary>Answer <paramref name="path"/> with exactly this body and status 200, e.g. something unreadable.</summary>
    public void SetRawBody(string path, string body) => _responses[path] = body;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static string ReadTestData(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Supervisor", file));

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        _requests.Enqueue(new RecordedSupervisorRequest(
            path, request.QueryString.Value ?? "", request.Headers.Authorization, request.Headers.Accept));
        _changed.Signal();

        if (HoldAnswers)
        {
            RequestHeld.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }
        // Middleware order as in the Supervisor: system_validation, then token_validation, then the handler.
        if (NotReadyState is not null)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, $"System is not ready with state: {NotReadyState}");
            return;
        }
        if (path == "/core/websocket")
        {
            await ProxyWebSocketAsync(context);
            return;
        }
        if (!SupervisorAccessRules.SkipsSecurity(path))
        {
            var token = ExtractToken(request);
            if (token is null)
            {
                await WritePlainAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized");
                return;
            }
            if (token != AddonToken || !SupervisorAccessRules.IsAllowed(path, HassioApi, Role))
            {
                await WritePlainAsync(context, StatusCodes.Status403Forbidden, "Forbidden");
                return;
            }
        }
        await AnswerAsync(context, path);
    }

    private async Task AnswerAsync(HttpContext context, string path)
    {
        if (path == "/services/mqtt" && !MqttServiceAccess)
        {
            await WriteErrorAsync(context, StatusCodes.Status403Forbidden, "No access to mqtt service!");
        }
        else if (path == "/services/mqtt" && !MqttServiceProvided)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Service not enabled");
        }
        else if (path == "/core/logs")
        {
            await WriteCoreLogAsync(context);
        }
        else if (_responses.TryGetValue(path, out var body))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body);
        }
        else
        {
            await WritePlainAsync(context, StatusCodes.Status404NotFound, "Not Found");
        }
    }

    private async Task WriteCoreLogAsync(HttpContext context)
    {
        var lines = CoreLog.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (int.TryParse(context.Request.Query["lines"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var wanted))
        {
            lines = lines[Math.Max(0, lines.Length - Math.Max(2, wanted))..];
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(string.Join('\n', lines) + "\n");
    }

    // extract_supervisor_token: X-Supervisor-Token, the legacy X-Hassio-Key, then the last word of Authorization.
    private static string? ExtractToken(HttpRequest request)
    {
        string? header = request.Headers["X-Supervisor-Token"];
        header ??= request.Headers["X-Hassio-Key"];
        header ??= request.Headers.Authorization;
        return string.IsNullOrEmpty(header) ? null : header.Split(' ')[^1];
    }

    // aiohttp's HTTPException body: "<status>: <reason>" as text/plain.
    private static Task WritePlainAsync(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync($"{status}: {reason}");
    }

    // api_return_error: the error envelope with the exception's status.
    private static Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonConvert.SerializeObject(new { result = "error", message }));
    }
}
