using System.Text.RegularExpressions;
using Gatehouse.HomeAssistant.Supervisor;

namespace Gatehouse.Logins.Enrichment;

/// <summary>
/// The tail of Core's log from the Supervisor (<c>/core/logs</c>), where that is permitted: the fallback when
/// <c>system_log</c> is missing. Colour codes are stripped; a refused role silences this source for good.
/// </summary>
internal sealed partial class SupervisorCoreLogSource(ISupervisorClient supervisor) : ILoginLogSource
{
    private const int Lines = 300;
    private bool _unavailable;

    public async Task<IReadOnlyList<string>> RecentLinesAsync(CancellationToken cancellationToken)
    {
        if (_unavailable)
        {
            return [];
        }
        var result = await supervisor.GetCoreLogsAsync(Lines, cancellationToken);
        if (result.Outcome is SupervisorOutcome.NotPermitted or SupervisorOutcome.NotConfigured)
        {
            _unavailable = true;
        }
        if (!result.IsOk)
        {
            return [];
        }
        return result.Data!.Split('\n').Select(line => AnsiEscape().Replace(line, "")).ToList();
    }

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex AnsiEscape();
}
