namespace Gatehouse.Tests.Addon;

/// <summary>The repository's Dockerfile as instructions: continuation lines joined, comments dropped.</summary>
internal sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<(string Keyword, string Arguments)> instructions) => Instructions = instructions;

    public IReadOnlyList<(string Keyword, string Arguments)> Instructions { get; }

    public static Dockerfile Load()
    {
        var instructions = new List<(string, string)>();
        var pending = "";
        foreach (var raw in RepositoryFiles.Read("Dockerfile").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }
            pending += line.EndsWith('\\') ? line[..^1] + " " : line;
            if (!line.EndsWith('\\'))
            {
                var space = pending.IndexOf(' ', StringComparison.Ordinal);
                instructions.Add((pending[..space].ToUpperInvariant(), string.Join(' ', pending[(space + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))));
                pending = "";
            }
        }
        return new Dockerfile(instructions);
    }

    public IEnumerable<string> All(string keyword) =>
        Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

    /// <summary>The instructions of the last stage: what the image is made of.</summary>
    public IReadOnlyList<(string Keyword, string Arguments)> FinalStage =>
        Instructions.Skip(Instructions.Select((i, index) => (i, index)).Last(x => x.i.Keyword == "FROM").index).ToList();
}
