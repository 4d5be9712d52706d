using Gatehouse.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Checks.Engine;

/// <summary>
/// Runs every registered check once, all at the same time, each within <see cref="CheckRunnerOptions.Timeout"/>.
/// A check that throws or times out is reported unavailable with the reason; the others go on. Each run gets a
/// fresh DI scope, so the files a run reads (HaConfigSnapshot) are read once and shared by its checks only; when
/// the run ends, whatever its checks left running in that scope is cancelled (<see cref="RunCancellation"/>).
/// </summary>
internal sealed class CheckRunner(
    IServiceScopeFactory scopes,
    CheckSourceAvailability sources,
    CheckRunnerOptions options,
    IAcceptedFindings accepted,
    TimeProvider time,
    ILogger<CheckRunner> logger)
{
    public async Task<CheckReport> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        scope.ServiceProvider.GetRequiredService<RunCancellation>().Token = run.Token;
        try
        {
            var checks = scope.ServiceProvider.GetServices<ISecurityCheck>().ToList();
            var results = (await Task.WhenAll(checks.Select(check => RunOneAsync(check, cancellationToken)))).Select(Printable).Select(ResultFindings.Complete).Select(r => AcceptedFindings.Mark(r, accepted)).ToList();
            return new CheckReport(CheckScore.Compute(results), time.GetUtcNow(), results);
        }
        finally
        {
            await run.CancelAsync();
        }
    }

    /// <summary>Results name files, users and hosts from the folder, HA and the network: published and logged as they are, so cleaned here once.</summary>
    private static CheckResult Printable(CheckResult result) => result with
    {
        Title = PrintableText.Clean(result.Title),
        Summary = PrintableText.Clean(result.Summary),
        Details = result.Details.Select(PrintableText.Clean).ToList(),
        Remediation = PrintableText.Clean(result.Remediation),
    };

    private async Task<CheckResult> RunOneAsync(ISecurityCheck check, CancellationToken cancellationToken)
    {
        if (check.Sources.Select(sources.WhyMissing).FirstOrDefault(reason => reason is not null) is { } missing)
        {
            return check.Unavailable(missing);
        }
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // Task.Run: a check that blocks (file reads) must not hold up the others or the caller.
            var result = await Task.Run(() => check.RunAsync(linked.Token), linked.Token)
                .WaitAsync(options.Timeout, time, cancellationToken);
            return result with { Id = check.Id, Title = check.Title };
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is TimeoutException or OperationCanceledException)
        {
            Log.CheckTimedOut(logger, check.Id, options.Timeout.TotalSeconds);
            return check.Unavailable($"it did not finish within {options.Timeout.TotalSeconds:0} seconds", "Run the checks again later; if it keeps happening, report it with the add-on's log.");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Log.CheckFailed(logger, exception, check.Id);
            return check.Unavailable($"the check stopped with an error ({exception.Message})", "Run the checks again; if it keeps happening, report it with the add-on's log.");
        }
    }
}
