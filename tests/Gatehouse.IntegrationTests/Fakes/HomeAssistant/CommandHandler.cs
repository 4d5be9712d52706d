using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>Handles one command; returns the messages HA would send for it, together (none for a ping being ignored).</summary>
internal delegate string[] CommandHandler(FakeHomeAssistantSession session, int id, JObject message);
