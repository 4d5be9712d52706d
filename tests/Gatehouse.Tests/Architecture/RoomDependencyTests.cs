using System.Text.RegularExpressions;
using Gatehouse.Tests.Addon;

namespace Gatehouse.Tests.Architecture;

/// <summary>
/// The rooms (top-level folders of src/Gatehouse) depend on each other one way only, read from the source as the
/// next engineer reads it: every <c>Gatehouse.&lt;Room&gt;</c> a file names outside comments. A cycle means two
/// rooms can no longer change apart; the test names the files that close it.
/// </summary>
public sealed partial class RoomDependencyTests
{
    private static readonly string Source = RepositoryFiles.PathOf(Path.Combine("src", "Gatehouse"));

    [Fact]
    public void Rooms_DependOnEachOtherOneWayOnly()
    {
        var graph = RoomGraph();

        var cycles = graph.Keys.SelectMany(room => graph[room].Keys
                .Where(other => string.CompareOrdinal(room, other) < 0 && Reaches(graph, other, room))
                .Select(other => $"{room} -> {other} ({string.Join(", ", graph[room][other])}) and back"))
            .ToList();

        Assert.True(graph.Count >= 10, $"only {graph.Count} rooms found under {Source}");
        Assert.Empty(cycles);
    }

    [Fact]
    public void Types_HaveOneNameEach()
    {
        var declared = Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(IsSource)
            .SelectMany(file => TypeDeclaration().Matches(File.ReadAllText(file)).Select(m => (Name: m.Groups["name"].Value + m.Groups["generic"].Value, File: file)))
            // Log is each folder's own [LoggerMessage] class by convention (STYLE): partial, one per namespace.
            .Where(t => t.Name != "Log");

        var twins = declared.GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => Path.GetFileName(t.File)))}");

        Assert.Empty(twins);
    }

    /// <summary>Room → the rooms it names → the files that name them.</summary>
    private static Dictionary<string, Dictionary<string, SortedSet<string>>> RoomGraph()
    {
        var rooms = Directory.EnumerateDirectories(Source).Select(Path.GetFileName).OfType<string>().Where(d => d is not ("bin" or "obj")).ToHashSet();
        var graph = rooms.ToDictionary(r => r, _ => new Dictionary<string, SortedSet<string>>());
        foreach (var room in rooms)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Source, room), "*.cs", SearchOption.AllDirectories).Where(IsSource))
            {
                var code = Comment().Replace(File.ReadAllText(file), "");
                foreach (var other in RoomReference().Matches(code).Select(m => m.Groups["room"].Value).Where(o => o != room && rooms.Contains(o)))
                {
                    (graph[room].TryGetValue(other, out var files) ? files : graph[room][other] = []).Add(Path.GetFileName(file));
                }
            }
        }
        return graph;
    }

    private static bool Reaches(Dictionary<string, Dictionary<string, SortedSet<string>>> graph, string from, string to)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>([from]);
        while (next.TryPop(out var room))
        {
            if (room == to)
            {
                return true;
            }
            if (seen.Add(room))
            {
                foreach (var other in graph[room].Keys)
                {
                    next.Push(other);
                }
            }
        }
        return false;
    }

    private static bool IsSource(string file) =>
        !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex(@"\bGatehouse\.(?<room>\w+)")]
    private static partial Regex RoomReference();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|file|sealed|static|abstract|partial|readonly|ref)\s+)*(?:class|record struct|record|struct|interface|enum)\s+(?<name>[A-Z]\w*)(?<generic><[^>]*>)?", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
