using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Yaml;
using Gatehouse.HomeAssistant.Client;
using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;

namespace Gatehouse.Watch.Accounts;

/// <summary>
/// HA's users as they are now. First HA itself (<c>config/auth/list</c>, administrators only): it answers with the
/// change already made, while HA writes <c>.storage/auth</c> a second later (its store saves with a delay). When
/// HA refuses or does not answer, <c>.storage/auth</c> is read instead, through the config folder's read gate,
/// taking user ids, names and roles only.
/// </summary>
internal sealed class AccountSource(IHomeAssistantClient client, HaConfigFolder folder, HaYamlLimits limits)
{
    public static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The accounts, or null with the reason when neither HA nor the file could tell.</summary>
    public async Task<(IReadOnlyList<Account>? Accounts, string? Problem)> ReadAsync(CancellationToken cancellationToken)
    {
        string asked;
        try
        {
            var users = await client.SendAsync(new ListUsersCommand(), cancellationToken, AskTimeout);
            return ([.. users.Select(u => new Account(u.Id, u.Name ?? u.Username ?? u.Id, u.IsOwner, u.IsOwner || u.GroupIds.Contains(HaConfig.Storage.HaUser.AdminGroup), u.IsActive, u.SystemGenerated))], null);
        }
        catch (Exception exception) when (exception is HomeAssistantCommandException or HomeAssistantConnectionException or TimeoutException)
        {
            asked = exception.Message;
        }
        var read = new HaConfigSnapshot(folder, limits, cancellationToken).Users;
        return read.Value is { } accounts
            ? ([.. accounts.Select(u => new Account(u.Id, u.Name, u.IsOwner, u.IsAdmin, u.IsActive, u.IsSystemGenerated))], null)
            : (null, $"HA did not list its users ({asked}) and {read.Problem ?? ".storage/auth is not in the config folder"}");
    }
}
