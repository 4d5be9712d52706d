using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Commands;

/// <summary>A command whose successful <c>result</c> reads as <typeparamref name="TResult"/>, by the reader it names.</summary>
internal abstract record HassCommand<TResult> : HassCommand
{
    private readonly Func<JToken, TResult> _readResult;

    protected HassCommand(string type, Func<JToken, TResult> readResult)
        : base(type) => _readResult = readResult;

    /// <summary>The result; a JSON null when HA sent none. Throws a JsonException when it does not fit.</summary>
    public TResult ReadResult(JToken result) => _readResult(result);
}
