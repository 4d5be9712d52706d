using Gatehouse.HomeAssistant.Json;
using Gatehouse.HomeAssistant.Messages;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary><c>config/auth/list</c> (admin): HA's users.</summary>
internal sealed record ListUsersCommand()
    : HassCommand<IReadOnlyList<HassUser>>("config/auth/list", static result => JsonRead.RequiredList(result, HassUser.Read));
