using System.Net;
using Gatehouse.HomeAssistant.Supervisor;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gatehouse.Tests.Mqtt;

/// <summary>
/// The real Supervisor client over its HttpClient seam: every request gets the one answer the test gives, and none
/// leaves the process. <see cref="Calls"/> counts what was asked.
/// </summary>
internal sealed class AnsweringSupervisor(HttpStatusCode status, string body) : HttpMessageHandler
{
    public int Calls { get; private set; }

    public List<string> Paths { get; } = [];

    /// <summary>The Supervisor's success envelope around <paramref name="dataJson"/>.</summary>
    public static AnsweringSupervisor Ok(string dataJson) => new(HttpStatusCode.OK, $$"""{"result": "ok", "data": {{dataJson}}}""");

    public static AnsweringSupervisor Error(HttpStatusCode status, string message) =>
        new(status, $$"""{"result": "error", "message": "{{message}}"}""");

    public SupervisorClient Client() =>
        new(new HttpClient(this), new SupervisorEndpoint(new Uri("http://127.0.0.1:9/"), "test-token"), TimeProvider.System, NullLogger<SupervisorClient>.Instance);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Calls++;
        Paths.Add(request.RequestUri!.AbsolutePath);
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") });
    }
}
