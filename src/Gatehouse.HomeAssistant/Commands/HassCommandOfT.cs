namespace Gatehouse.HomeAssistant.Commands;

/// <summary>A command whose successful <c>result</c> reads as <typeparamref name="TResult"/>.</summary>
internal abstract record HassCommand<TResult> : HassCommand
{
    protected HassCommand(string type)
        : base(type)
    {
    }
}
