using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>A <c>call_service</c> the fake received, as sent.</summary>
internal sealed record RecordedServiceCall(string Domain, string Service, JObject? ServiceData, JObject? Target, bool ReturnResponse);
