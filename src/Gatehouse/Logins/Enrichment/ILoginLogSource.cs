namespace Gatehouse.Logins.Enrichment;

/// <summary>Recent log lines of HA's ban logger (<c>system_log/list</c>, or the Supervisor's Core log), newest last.</summary>
internal interface ILoginLogSource
{
    Task<IReadOnlyList<string>> RecentLinesAsync(CancellationToken cancellationToken);
}
