using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>The result of commands that answer <c>"result": null</c> (or nothing, like <c>pong</c>).</summary>
internal sealed record NoResult
{
    public static readonly NoResult Value = new();

    /// <summary>Whatever HA said: these commands' callers only wait for success.</summary>
    public static NoResult Read(JToken _) => Value;
}
