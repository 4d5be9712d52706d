using System.Collections.Concurrent;
using Newtonsoft.Json.Linq;

namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>
/// <c>call_service</c> as HA answers it: recorded; a scripted failure when set; <c>not_found</c> for an unknown
/// service; <c>persistent_notification.*</c> acts on the notices; the result is the context (plus the response
/// only when <c>return_response</c> was asked).
/// </summary>
internal sealed class FakeServices(FakeHomeAssistant server, JObject described)
{
    private readonly ConcurrentQueue<RecordedServiceCall> _calls = new();
    private readonly ConcurrentDictionary<string, (string Code, string Message)> _failures = new();
    private readonly ConcurrentDictionary<string, JToken> _responses = new();

    public IReadOnlyCollection<RecordedServiceCall> Calls => _calls;

    public void Add(string domain, string service)
    {
        lock (described)
        {
            if (described[domain] is not JObject services)
            {
                described[domain] = services = [];
            }
            services[service] = new JObject { ["name"] = service, ["description"] = "", ["fields"] = new JObject() };
        }
    }

    public void Fail(string domain, string service, string code, string message) =>
        _failures[$"{domain}.{service}"] = (code, message);

    public void Succeed(string domain, string service) => _failures.TryRemove($"{domain}.{service}", out _);

    /// <summary>Makes the service one that returns a response (for <c>return_response</c>).</summary>
    public void RespondWith(string domain, string service, JToken response) => _responses[$"{domain}.{service}"] = response;

    public JObject Describe()
    {
        lock (described)
        {
            return (JObject)described.DeepClone();
        }
    }

    public string[] Call(FakeHomeAssistantSession _, int id, JObject message)
    {
        try
        {
            return Answer(id, message);
        }
        finally
        {
            // After the call took effect: a test waiting for what a dismiss removed sees it when woken.
            server.Changed();
        }
    }

    private string[] Answer(int id, JObject message)
    {
        var domain = (string?)message["domain"] ?? "";
        var service = (string?)message["service"] ?? "";
        var data = message["service_data"] as JObject;
        var returnResponse = (bool?)message["return_response"] ?? false;
        _calls.Enqueue(new RecordedServiceCall(domain, service, data, message["target"] as JObject, returnResponse));
        var name = $"{domain}.{service}";
        if (_failures.TryGetValue(name, out var failure))
        {
            return [HaWire.Error(id, failure.Code, failure.Message)];
        }
        bool known;
        lock (described)
        {
            known = described[domain]?[service] is not null;
        }
        if (!known)
        {
            // Before 2023.12 (core PR #102592) the websocket said only "Service not found." (the 2022.12 transcript).
            return !server.Generation.HasServiceResponses()
                ? [HaWire.Error(id, "not_found", "Service not found.")]
                : [HaWire.Error(id, "not_found", $"Service {name} not found.", "service_not_found",
                    new JObject { ["domain"] = domain, ["service"] = service })];
        }
        var hasResponse = _responses.TryGetValue(name, out var response);
        if (returnResponse != hasResponse)
        {
            // core.py ServiceRegistry.async_call raises ServiceValidationError; commands.py prefixes "Validation error: ".
            var placeholders = new JObject { ["return_response"] = "return_response=True" };
            return returnResponse
                ? [HaWire.Error(id, "service_validation_error",
                    "Validation error: An action which does not return responses can't be called with return_response=True.",
                    "service_does_not_support_response", placeholders)]
                : [HaWire.Error(id, "service_validation_error",
                    "Validation error: The action requires responses and must be called with return_response=True.",
                    "service_lacks_response_request", placeholders)];
        }
        // core.py ServiceRegistry.async_call checks the response request before it validates the data.
        if (FakeServiceSchemas.Problem(server.Generation, domain, service, data) is { } invalid)
        {
            return [HaWire.Error(id, "invalid_format", invalid)];
        }
        Apply(domain, service, data);
        var result = new JObject { ["context"] = HaWire.Context("1046161eec7b4b2d9caee0c9343a0b42") };
        if (returnResponse)
        {
            result["response"] = response!.DeepClone();
        }
        return [HaWire.Result(id, result)];
    }

    private void Apply(string domain, string service, JObject? data)
    {
        if (domain != "persistent_notification")
        {
            return;
        }
        switch (service)
        {
            case "create":
                server.Notifications.Create((string?)data?["notification_id"] ?? Guid.NewGuid().ToString("N"),
                    (string?)data?["title"], (string?)data?["message"] ?? "", DateTimeOffset.UtcNow);
                break;
            case "dismiss":
                server.Notifications.Dismiss((string?)data?["notification_id"] ?? "");
                break;
            case "dismiss_all":
                server.Notifications.DismissAll();
                break;
        }
    }
}
