using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Messages;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>Reads a command's result into its type; an answer that does not fit is a command error, never a crash.</summary>
internal static class ResultReader
{
    public static TResult Read<TResult>(HassCommand<TResult> command, JToken? result)
    {
        try
        {
            return command.ReadResult(result ?? JValue.CreateNull());
        }
        catch (JsonException exception)
        {
            throw new HomeAssistantCommandException(command.Type, new HassError
            {
                Code = HassErrorCodes.UnknownError,
                Message = $"Gatehouse could not read the answer ({exception.GetType().Name} at '{Path(exception)}').",
            });
        }
    }

    private static string? Path(JsonException exception) => exception switch
    {
        JsonSerializationException serialization => serialization.Path,
        JsonReaderException reader => reader.Path,
        _ => null,
    };
}
