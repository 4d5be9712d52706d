namespace Gatehouse.HomeAssistant.Messages;

/// <summary>The error codes of <c>websocket_api/const.py</c> that callers act on.</summary>
internal static class HassErrorCodes
{
    public const string IdReuse = "id_reuse";
    public const string InvalidFormat = "invalid_format";
    public const string NotFound = "not_found";
    public const string NotSupported = "not_supported";
    public const string UnknownCommand = "unknown_command";
    public const string Unauthorized = "unauthorized";
    public const string HomeAssistantError = "home_assistant_error";
    public const string ServiceValidationError = "service_validation_error";
    public const string UnknownError = "unknown_error";
    public const string Timeout = "timeout";
}
