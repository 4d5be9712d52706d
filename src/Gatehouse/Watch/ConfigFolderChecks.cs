using Gatehouse.Checks;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Watch;

/// <summary>
/// Which checks read the config folder: one of them that could read it last run and cannot now looks like
/// tampering (a file removed or locked), while a live source (HA, the Supervisor) being away is everyday.
/// Asked of the checks themselves, once.
/// </summary>
internal sealed class ConfigFolderChecks(IServiceScopeFactory scopes)
{
    private IReadOnlySet<string>? _ids;

    public bool Contains(string checkId) => (_ids ??= Load()).Contains(checkId);

    private IReadOnlySet<string> Load()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices<ISecurityCheck>()
            .Where(c => c.Sources.Contains(CheckSource.ConfigFolder))
            .Select(c => c.Id)
            .ToHashSet(StringComparer.Ordinal);
    }
}
