using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;

namespace Gatehouse.Logins.Enrichment;

/// <summary>
/// HA's ban logger lines from <c>system_log/list</c>. HA folds repeats into one entry with its last 5 texts and
/// lists entries newest first; this gives them oldest first. Without the system_log integration HA answers
/// <c>unknown_command</c>: then this source stays silent.
/// </summary>
internal sealed class SystemLogSource(IHomeAssistantClient client) : ILoginLogSource
{
    public const string BanLogger = "homeassistant.components.http.ban";
    private bool _unsupported;

    public async Task<IReadOnlyList<string>> RecentLinesAsync(CancellationToken cancellationToken)
    {
        if (_unsupported)
        {
            return [];
        }
        try
        {
            // The login pipeline reads on once notices crowd in behind the answer (it gives the lookup up then), so
            // the answer may wait behind them: reading HA's socket stays paced in a storm.
            var entries = await client.SendAsync(new ListSystemLogCommand { AnswerMayWaitBehindEvents = true }, cancellationToken, AttemptEnricher.Budget);
            return entries
                .Where(e => e.Name == BanLogger)
                .Reverse()
                .SelectMany(e => e.Messages)
                .ToList();
        }
        catch (HomeAssistantCommandException exception) when (exception.IsUnsupported)
        {
            _unsupported = true;
            return [];
        }
    }
}
