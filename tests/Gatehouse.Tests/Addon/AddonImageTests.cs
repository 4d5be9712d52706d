using System.Text.RegularExpressions;

namespace Gatehouse.Tests.Addon;

/// <summary>The Dockerfile and build.yaml: the same base images, CI's build commands, labels that match config.yaml.</summary>
public sealed partial class AddonImageTests
{
    private static readonly Dockerfile Image = Dockerfile.Load();
    private static readonly IReadOnlyDictionary<string, object?> Config = RepositoryFiles.ReadYamlMapping("config.yaml");

    /// <summary>BuildKit's TARGETARCH for each HA architecture.</summary>
    private static readonly Dictionary<string, string> TargetArch = new(StringComparer.Ordinal) { ["amd64"] = "amd64", ["aarch64"] = "arm64" };

    [Fact]
    public void BuildYaml_BaseImages_AreTheDockerfilesDefaults()
    {
        var buildFrom = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(RepositoryFiles.ReadYamlMapping("build.yaml")["build_from"]);
        var stages = Image.All("FROM").Select(f => BaseStage().Match(f)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["arch"].Value, m => m.Groups["image"].Value, StringComparer.Ordinal);

        Assert.Equal(Architectures().Order(StringComparer.Ordinal), buildFrom.Keys.Order(StringComparer.Ordinal));
        Assert.All(buildFrom, pair => Assert.Equal(stages[TargetArch[pair.Key]], pair.Value));
        Assert.All(buildFrom.Values, image => Assert.Matches(HaDebianBase(), Assert.IsType<string>(image)));
    }

    [Fact]
    public void Dockerfile_FinalStage_StartsFromBuildFromOrTheArchitecturesBase()
    {
        // The Supervisor passes BUILD_FROM only from build.yaml; otherwise the per-architecture stage applies.
        var firstFrom = Image.Instructions.ToList().FindIndex(i => i.Keyword == "FROM");
        Assert.Contains(Image.Instructions.Take(firstFrom), i => i.Keyword == "ARG" && i.Arguments.StartsWith("BUILD_FROM", StringComparison.Ordinal));
        Assert.Equal("${BUILD_FROM:-base-${TARGETARCH}}", Image.FinalStage[0].Arguments);
    }

    [Fact]
    public void Dockerfile_EveryArgTheFromLinesUse_IsDeclaredBeforeTheFirstFrom()
    {
        // Only ARGs declared before the first FROM reach FROM lines. BuildKit predefines TARGETARCH there,
        // buildah does not: without the declaration "FROM ${BUILD_FROM:-base-${TARGETARCH}}" becomes "base-".
        var firstFrom = Image.Instructions.ToList().FindIndex(i => i.Keyword == "FROM");
        var declared = Image.Instructions.Take(firstFrom).Where(i => i.Keyword == "ARG")
            .Select(i => i.Arguments.Split('=')[0]).ToHashSet(StringComparer.Ordinal);
        var used = Image.All("FROM").SelectMany(f => FromVariable().Matches(f)).Select(m => m.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("TARGETARCH", used);
        Assert.Subset(declared, used);
    }

    [Fact]
    public void Dockerfile_BuildSteps_RunAddonBuildShForEachArchitecture()
    {
        var runs = Image.All("RUN").Where(r => r.Contains("addon/build.sh", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, runs.Count);
        var restore = BuildSh().Match(runs[0]);
        var publish = BuildSh().Match(runs[1]);
        Assert.Equal(" --restore", restore.Groups["rest"].Value);
        Assert.StartsWith(" && mv ", publish.Groups["rest"].Value, StringComparison.Ordinal);
        // The argument is bash's ${TARGETARCH/from/to}: it must give HA's name for every BuildKit architecture.
        Assert.All(new[] { restore, publish }, call =>
        {
            var (from, to) = (call.Groups["from"].Value, call.Groups["to"].Value);
            Assert.Equal(Architectures().Order(StringComparer.Ordinal), TargetArch.Values.Select(t => t.Replace(from, to, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Dockerfile_BuildCommand_IsTheOneCiRunsForEachArchitecture()
    {
        // tests/run (what CI runs) publishes every architecture with addon/build.sh; the image must build with the same command.
        var publish = BuildSh().Match(Image.All("RUN").Last(r => r.Contains("addon/build.sh", StringComparison.Ordinal)));
        var ciCommands = RepositoryFiles.Read("tests/run").Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith("addon/build.sh ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var imageCommands = TargetArch.Values
            .Select(t => $"addon/build.sh {t.Replace(publish.Groups["from"].Value, publish.Groups["to"].Value, StringComparison.Ordinal)}");

        Assert.Equal(ciCommands.Order(StringComparer.Ordinal), imageCommands.Order(StringComparer.Ordinal));
        Assert.Equal(Architectures().Select(a => $"addon/build.sh {a}").Order(StringComparer.Ordinal), ciCommands.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dockerfile_Restore_ComesBeforeTheSourcesAndSeesEveryProject()
    {
        var instructions = Image.Instructions.ToList();
        var restore = instructions.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("--restore", StringComparison.Ordinal));
        var sources = instructions.FindIndex(i => i.Keyword == "COPY" && i.Arguments == "src/ src/");
        var copiedFirst = string.Join(' ', instructions.Take(restore).Where(i => i.Keyword == "COPY").Select(i => i.Arguments));

        Assert.InRange(restore, 0, sources - 1);
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "config.yaml", "addon/build.sh" }
            .Concat(Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.csproj", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(RepositoryFiles.Root, p).Replace('\\', '/'))))
        {
            Assert.Contains(file, copiedFirst, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Dockerfile_FinalStage_CopiesRootfsAndTheAppTheRunScriptStarts()
    {
        var copies = Image.FinalStage.Where(i => i.Keyword == "COPY").Select(i => i.Arguments).ToList();
        var run = RepositoryFiles.Read("addon/rootfs/etc/services.d/gatehouse/run");
        var folder = Path.GetDirectoryName(ExecLine().Match(run).Groups["path"].Value);

        Assert.Equal("/opt/gatehouse", folder);
        Assert.Contains("addon/rootfs/ /", copies);
        Assert.Contains($"--from=build {folder}/ {folder}/", copies);
        // The build stage moves the published app to that folder.
        Assert.Contains(Image.All("RUN"), r => r.EndsWith(" " + folder, StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_Labels_DescribeTheAddonAsConfigYamlDoes()
    {
        var labels = LabelPair().Matches(string.Join(' ', Image.FinalStage.Where(i => i.Keyword == "LABEL").Select(i => i.Arguments)))
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);

        Assert.Equal("app", labels["io.hass.type"]);
        Assert.Equal(Config["name"], labels["io.hass.name"]);
        Assert.Equal(Config["description"], labels["io.hass.description"]);
        Assert.Equal(Config["url"], labels["io.hass.url"]);
        Assert.Equal("${BUILD_ARCH}", labels["io.hass.arch"]);
        Assert.Equal("${BUILD_VERSION}", labels["io.hass.version"]);
        Assert.Contains(Image.FinalStage, i => i.Keyword == "ARG" && i.Arguments == "BUILD_VERSION");
        Assert.Contains(Image.FinalStage, i => i.Keyword == "ARG" && i.Arguments == "BUILD_ARCH");
    }

    [Fact]
    public void Dockerfile_StopGrace_ExceedsS6sDefaultAndFitsDockersStopTimeout()
    {
        // s6-overlay's defaults: S6_SERVICES_GRACETIME and S6_KILL_GRACETIME 3000 ms; the Supervisor's
        // docker stop timeout is config.yaml's timeout, 10 s unless set.
        var env = Image.FinalStage.Where(i => i.Keyword == "ENV").Select(i => i.Arguments.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var servicesGrace = env["S6_SERVICES_GRACETIME"];
        var killGrace = env.GetValueOrDefault("S6_KILL_GRACETIME", 3000);
        var stopTimeoutMs = (Config.GetValueOrDefault("timeout") as long? ?? 10) * 1000;

        Assert.InRange(servicesGrace, 3001, stopTimeoutMs - killGrace - 1);
    }

    [Fact]
    public void Dockerignore_KeepsBuildOutputAndTestsOutOfTheContext()
    {
        var ignored = RepositoryFiles.Read(".dockerignore").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        Assert.Superset(new HashSet<string>(["**/bin", "**/obj", "tests/", "artifacts/"]), ignored.ToHashSet());
    }

    private static IEnumerable<string> Architectures() =>
        ((IReadOnlyList<object?>)Config["arch"]!).Cast<string>();

    [GeneratedRegex(@"\$\{?(?<name>[A-Z_]+)")]
    private static partial Regex FromVariable();

    [GeneratedRegex(@"^(?<image>\S+) AS base-(?<arch>\w+)$")]
    private static partial Regex BaseStage();

    [GeneratedRegex(@"^ghcr\.io/home-assistant/(?:amd64|aarch64)-base-debian:[a-z]+$")]
    private static partial Regex HaDebianBase();

    [GeneratedRegex("""^addon/build\.sh "\$\{TARGETARCH/(?<from>\w+)/(?<to>\w+)\}"(?<rest>.*)$""")]
    private static partial Regex BuildSh();

    [GeneratedRegex(@"^exec (?<path>/\S+) run$", RegexOptions.Multiline)]
    private static partial Regex ExecLine();

    [GeneratedRegex(@"(?<key>io\.hass\.[a-z]+)=""(?<value>[^""]*)""")]
    private static partial Regex LabelPair();
}
