using Gatehouse.HomeAssistant.Commands;
using Gatehouse.HomeAssistant.Connection;
using Gatehouse.HomeAssistant.Json;
using Gatehouse.HomeAssistant.Messages;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Client;

/// <summary>Reads a command's result into its type; an answer that does not fit is a command error, never a crash.</summary>
internal static class ResultReader
{
    public static TResult Read<TResult>(string commandType, JToken? result)
    {
        if (typeof(TResult) == typeof(NoResult))
        {
            return (TResult)(object)NoResult.Value;
        }
        try
        {
            var value = result is null ? default : HomeAssistantJson.Read<TResult>(result);
            return value ?? throw new JsonSerializationException("The result is empty.");
        }
        catch (JsonException exception)
        {
            throw new HomeAssistantCommandException(commandType, new HassError
            {
                Code = HassErrorCodes.UnknownError,
                Message = $"Gatehouse could not read the answer ({exception.GetType().Name} at '{(exception as JsonSerializationException)?.Path}').",
            });
        }
    }
}
