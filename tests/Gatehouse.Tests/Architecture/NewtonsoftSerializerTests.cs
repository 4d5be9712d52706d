using System.Text.RegularExpressions;
using Gatehouse.Tests.Addon;

namespace Gatehouse.Tests.Architecture;

/// <summary>
/// The NativeAOT build removes Newtonsoft.Json's JsonSerializer.CreateDefault (src/Gatehouse/NewtonsoftTrimming.xml),
/// which takes the serializer, XML and DataSet support out of the binary: in the shipped add-on every call that
/// reaches it throws. So no source may serialize objects with Newtonsoft, nor hand converters to a token's writer;
/// records are read and written by hand (Gatehouse.HomeAssistant/Json, Logins/Recording/AttemptLogJson.cs).
/// </summary>
public sealed partial class NewtonsoftSerializerTests
{
    [Fact]
    public void Sources_NeverReachNewtonsoftsSerializer()
    {
        var calls = Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetFileName(file), Line: index + 1, Text: line)))
            .Where(line => SerializerCall().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}")
            .ToList();

        Assert.Empty(calls);
    }

    [Fact]
    public void Build_RemovesTheSerializersEntryPoint()
    {
        var project = File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("src", "Gatehouse", "Gatehouse.csproj")));
        var substitution = File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("src", "Gatehouse", "NewtonsoftTrimming.xml")));

        Assert.Contains("--substitution:$(MSBuildThisFileDirectory)NewtonsoftTrimming.xml", project, StringComparison.Ordinal);
        Assert.Contains("""<method signature="Newtonsoft.Json.JsonSerializer CreateDefault()" body="remove" />""", substitution, StringComparison.Ordinal);
    }

    /// <summary>Newtonsoft's object (de)serialization, and token writes given converters (which create a serializer).</summary>
    [GeneratedRegex(@"JsonConvert\.(Serialize|Deserialize|PopulateObject)|\bJsonSerializer\.Create|\bnew JsonSerializer\b|\.ToObject\b|\.FromObject\(|JsonConverter\b|\.WriteTo\([^)]*,")]
    private static partial Regex SerializerCall();
}
