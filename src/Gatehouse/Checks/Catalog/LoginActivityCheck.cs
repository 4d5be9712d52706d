using System.Globalization;
using Gatehouse.Logins;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// login_activity: failed logins in the last 24 hours, from Gatehouse's own attempt log. Warn above
/// <see cref="WarnAbove"/> (more than a typo or an app with an old session), fail above <see cref="FailAbove"/>
/// (someone is guessing).
/// </summary>
internal sealed class LoginActivityCheck(ILoginFiguresSource source) : ISecurityCheck
{
    public const string CheckId = "login_activity";
    public const int WarnAbove = 3;
    public const int FailAbove = 20;

    private const string Remediation = "Look at the addresses in Gatehouse's failed-login alerts (or HA's log): an address you know is usually an app with an expired session, so log in to it again. An unknown address means someone is trying passwords: turn on two-step login for everyone and set a ban threshold (see the mfa and ip_ban checks).";

    public string Id => CheckId;

    public string Title => "Failed logins in the last 24 hours";

    public IReadOnlyList<CheckSource> Sources { get; } = [CheckSource.AttemptLog];

    public Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        LoginFigures figures;
        try
        {
            figures = source.Current;
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return Task.FromResult(this.Unavailable($"the failed-login record could not be read ({exception.Message})", "Check the add-on's log for the reason; Gatehouse sets a damaged record aside and starts a new one."));
        }
        return Task.FromResult(Judge(figures));
    }

    private CheckResult Judge(LoginFigures figures)
    {
        var details = new List<string> { $"{figures.Total} failed logins recorded in all" };
        if (figures.LastAttempt is { } last)
        {
            var from = last.Ip is null ? "an unknown address" : last.Host is null ? last.Ip : $"{last.Ip} ({last.Host})";
            details.Add($"Last: {last.Time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC from {from}");
        }
        if (figures.BannedIps.Count > 0)
        {
            details.Add($"Banned addresses: {string.Join(", ", figures.BannedIps)}");
        }
        var count = figures.Last24Hours;
        return count switch
        {
            > FailAbove => this.Fail($"{count} failed logins in the last 24 hours: someone is probably guessing passwords.", details, Remediation),
            > WarnAbove => this.Warn($"{count} failed logins in the last 24 hours.", details, Remediation),
            _ => this.Pass(count == 0 ? "No failed logins in the last 24 hours." : $"{count} failed login{(count == 1 ? "" : "s")} in the last 24 hours: no more than typos.", details),
        };
    }
}
