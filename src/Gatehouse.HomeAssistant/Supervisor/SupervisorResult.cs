namespace Gatehouse.HomeAssistant.Supervisor;

/// <summary>
/// The answer to one Supervisor call: the data when <see cref="Outcome"/> is Ok, otherwise a message for the
/// log that says what went wrong (never a token). <see cref="HttpStatus"/> is null when no answer arrived.
/// </summary>
internal sealed record SupervisorResult<T>(SupervisorOutcome Outcome, T? Data, string? Message, int? HttpStatus)
    where T : class
{
    public bool IsOk => Outcome == SupervisorOutcome.Ok && Data is not null;

    public static SupervisorResult<T> Ok(T data) => new(SupervisorOutcome.Ok, data, null, 200);

    public static SupervisorResult<T> Problem(SupervisorOutcome outcome, string message, int? httpStatus) =>
        new(outcome, null, message, httpStatus);
}
