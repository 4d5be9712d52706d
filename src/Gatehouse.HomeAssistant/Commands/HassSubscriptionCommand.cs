namespace Gatehouse.HomeAssistant.Commands;

/// <summary>A command that opens a subscription: a null result, then <c>event</c> messages read as <typeparamref name="TEvent"/>.</summary>
internal abstract record HassSubscriptionCommand<TEvent> : HassCommand
{
    protected HassSubscriptionCommand(string type)
        : base(type)
    {
    }
}
