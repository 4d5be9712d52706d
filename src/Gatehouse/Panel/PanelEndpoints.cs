using System.Text.Json;
using Gatehouse.Acceptance;
using Gatehouse.Checks;
using Gatehouse.Checks.Reports;
using Gatehouse.Logins;
using Gatehouse.Logins.Recording;
using Gatehouse.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Panel;

/// <summary>
/// The panel's routes, all relative to where ingress serves it: the page, its data as JSON (<c>api/report</c> is
/// <c>audit --format json</c>'s schema, so the page and any script share one source) and the three changes.
/// Handlers take the <see cref="HttpContext"/> only (no reflection-based binding), so NativeAOT compiles them.
/// </summary>
internal sealed class PanelEndpoints(
    GatehouseEnvironment environment,
    LatestReport latest,
    AttemptLog attempts,
    ILoginFiguresSource figures,
    AcceptedRisks accepted,
    ICheckRunRequester runs,
    TimeProvider time,
    ILogger<PanelEndpoints> logger)
{
    private readonly PanelAssets _assets = new();

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", _assets.Serve("index.html"));
        routes.MapGet("/panel.css", _assets.Serve("panel.css"));
        routes.MapGet("/panel.js", _assets.Serve("panel.js"));
        routes.MapGet("/api/report", Report);
        routes.MapGet("/api/attempts", Attempts);
        routes.MapGet("/api/bans", Bans);
        routes.MapPost("/api/run", context => Change(context, RunAsync));
        routes.MapPost("/api/accept", context => Change(context, AcceptAsync));
        routes.MapPost("/api/withdraw", context => Change(context, WithdrawAsync));
    }

    private async Task Report(HttpContext context)
    {
        if (latest.Current is not var (report, number))
        {
            // No run has ended yet: the page says so and asks again.
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        // Written whole first: Kestrel allows no synchronous writes, and the report is a few kilobytes.
        var json = new StringWriter();
        JsonReport.Write(report, json);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.ETag = $"\"{number}\"";
        await context.Response.WriteAsync(json.ToString(), context.RequestAborted);
    }

    private Task Attempts(HttpContext context)
    {
        var range = context.Request.Query["range"].ToString();
        if (!AttemptChart.Ranges.ContainsKey(range))
        {
            return Answer(context, StatusCodes.Status400BadRequest, "range must be 24h, 7d or 30d.");
        }
        var view = AttemptChart.Build(range, time.GetUtcNow(), attempts.Since);
        return Json(context, StatusCodes.Status200OK, view, PanelJson.Default.AttemptsView);
    }

    private Task Bans(HttpContext context) =>
        Json(context, StatusCodes.Status200OK, new BansView(figures.Current.BannedIps), PanelJson.Default.BansView);

    private Task Change(HttpContext context, Func<HttpContext, string, Task> change)
    {
        if (PanelCaller.RefuseChange(context, environment.IsAddon) is { } refusal)
        {
            return Answer(context, StatusCodes.Status403Forbidden, refusal);
        }
        return change(context, PanelCaller.User(context));
    }

    private async Task RunAsync(HttpContext context, string user)
    {
        Log.RunRequested(logger, user.Length > 0 ? user : "The owner");
        await runs.RequestRunAsync(context.RequestAborted);
        await Answer(context, StatusCodes.Status202Accepted, "The checks are running; the results appear here when they end.");
    }

    private async Task AcceptAsync(HttpContext context, string user)
    {
        var request = await ReadAsync(context, PanelJson.Default.AcceptRequest);
        if (request is null || !AcceptancePeriod.TryParse(request.Period, out var period))
        {
            await Answer(context, StatusCodes.Status400BadRequest, "Give the finding, a reason and a period of 30d, 90d or 365d.");
            return;
        }
        var finding = latest.Current?.Report.Results.SelectMany(r => r.Findings).FirstOrDefault(f => f.Id == request.FindingId && f.IsProblem);
        if (finding is null)
        {
            await Answer(context, StatusCodes.Status404NotFound, "That finding is not among the latest problems; run the checks again and retry.");
            return;
        }
        accepted.Accept(finding.Id, finding.Status, finding.Text, request.Reason ?? "", period, user);
        // A fresh run applies the acceptance to the score, the binary sensor and the alerts at once.
        await runs.RequestRunAsync(context.RequestAborted);
        await Answer(context, StatusCodes.Status200OK, "Accepted; the score is being updated.");
    }

    private async Task WithdrawAsync(HttpContext context, string user)
    {
        var request = await ReadAsync(context, PanelJson.Default.WithdrawRequest);
        if (request?.FindingId is not { } findingId || !accepted.Withdraw(findingId, user))
        {
            await Answer(context, StatusCodes.Status404NotFound, "That finding is not accepted.");
            return;
        }
        await runs.RequestRunAsync(context.RequestAborted);
        await Answer(context, StatusCodes.Status200OK, "The finding counts again; the score is being updated.");
    }

    /// <summary>The body as JSON, or null when it is not JSON of that shape (Kestrel bounds its size).</summary>
    private static async Task<T?> ReadAsync<T>(HttpContext context, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return null;
        }
        try
        {
            return await JsonSerializer.DeserializeAsync(context.Request.Body, type, context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task Answer(HttpContext context, int status, string message) =>
        Json(context, status, new PanelMessage(message), PanelJson.Default.PanelMessage);

    private static Task Json<T>(HttpContext context, int status, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, value, type, context.RequestAborted);
    }
}
