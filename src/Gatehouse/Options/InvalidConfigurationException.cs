namespace Gatehouse.Options;

/// <summary>The configuration cannot be used; each problem is one line for the add-on's log.</summary>
internal sealed class InvalidConfigurationException(IReadOnlyList<OptionProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<OptionProblem> Problems { get; } = problems;
}
