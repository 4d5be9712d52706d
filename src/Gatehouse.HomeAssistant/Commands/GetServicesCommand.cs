using Gatehouse.HomeAssistant.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary><c>get_services</c>: <c>{domain: {service: description}}</c>; used to tell notify services from notify entities.</summary>
internal sealed record GetServicesCommand() : HassCommand<JObject>("get_services", JsonRead.RequiredObject);
