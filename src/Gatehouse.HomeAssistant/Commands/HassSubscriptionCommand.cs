using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>
/// A command that opens a subscription: a null result, then <c>event</c> messages read as <typeparamref name="TEvent"/>
/// by the reader it names.
/// </summary>
internal abstract record HassSubscriptionCommand<TEvent> : HassCommand
{
    private readonly Func<JToken, TEvent> _readEvent;

    protected HassSubscriptionCommand(string type, Func<JToken, TEvent> readEvent)
        : base(type) => _readEvent = readEvent;

    /// <summary>One event's payload; throws a JsonException when it does not fit.</summary>
    public TEvent ReadEvent(JToken payload) => _readEvent(payload);
}
