namespace Gatehouse.Options;

/// <summary>One invalid setting: which, and a sentence that says what was wrong and what is allowed.</summary>
/// <remarks>Name is the option name, or the environment variable's name when IsVariable is set.</remarks>
internal sealed record OptionProblem(string Name, string Message, bool IsVariable = false)
{
    public override string ToString() =>
        IsVariable ? $"Invalid environment variable {Name}: {Message}" : $"Invalid option '{Name}': {Message}";
}
