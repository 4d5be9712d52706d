using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Yaml;

namespace Gatehouse.Tests.HaConfig;

public sealed class HaYamlLoaderTests : IDisposable
{
    private readonly TempConfigFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_HaTags_KeepsNamesWithoutLookingUpValues()
    {
        _folder.Write("configuration.yaml", """
            homeassistant:
              name: !secret home_name
            mqtt:
              password: !env_var MQTT_PASSWORD fallback
            automation:
              trigger: !input motion_sensor
            """).Write("secrets.yaml", "home_name: The Smiths\n");

        var root = Loaded();

        var name = Assert.IsType<YamlTagged>(((YamlMap)root["homeassistant"]!)["name"]);
        Assert.Equal(("!secret", "home_name"), (name.Tag, name.Argument));
        Assert.Equal(new SourceMark("configuration.yaml", 2), name.Mark);
        Assert.Equal("!env_var", Assert.IsType<YamlTagged>(((YamlMap)root["mqtt"]!)["password"]).Tag);
        Assert.Equal("!input", Assert.IsType<YamlTagged>(((YamlMap)root["automation"]!)["trigger"]).Tag);
    }

    [Fact]
    public void Load_Include_ReadsTheFileRelativeToTheIncludingFile()
    {
        _folder.Write("configuration.yaml", "http: !include config/http.yaml\n")
            .Write("config/http.yaml", "login_attempts_threshold: 5\nextra: !include more.yaml\n")
            .Write("config/more.yaml", "value: 1\n");

        var document = _folder.Load();

        var http = Assert.IsType<YamlMap>(document.Root!["http"]);
        Assert.Equal("5", Assert.IsType<YamlScalar>(http["login_attempts_threshold"]).Value);
        Assert.Equal(new SourceMark("config/more.yaml", 1), Assert.IsType<YamlMap>(http["extra"]).Entries[0].KeyMark);
        Assert.Equal(["config/http.yaml", "config/more.yaml", "configuration.yaml"], document.Files);
    }

    [Fact]
    public void Load_IncludeDirList_OneItemPerFileSortedSkippingHiddenAndSecrets()
    {
        _folder.Write("configuration.yaml", "automation: !include_dir_list automations\n")
            .Write("automations/b.yaml", "alias: b\n")
            .Write("automations/a.yaml", "alias: a\n")
            .Write("automations/sub/c.yaml", "alias: c\n")
            .Write("automations/.hidden.yaml", "alias: hidden\n")
            .Write("automations/.git/x.yaml", "alias: in hidden folder\n")
            .Write("automations/secrets.yaml", "alias: secret\n")
            .Write("automations/notes.txt", "alias: not yaml\n");

        var list = Assert.IsType<YamlList>(Loaded()["automation"]);

        Assert.Equal(["a", "b", "c"], list.Items.Select(i => ((YamlScalar)((YamlMap)i)["alias"]!).Value));
    }

    [Fact]
    public void Load_IncludeDirNamedAndMerges_CombineAsHaDoes()
    {
        _folder.Write("configuration.yaml", """
            script: !include_dir_named scripts
            sensor: !include_dir_merge_list sensors
            group: !include_dir_merge_named groups
            empty: !include_dir_list missing_folder
            """)
            .Write("scripts/wake.yaml", "sequence: []\n")
            .Write("sensors/one.yaml", "- platform: a\n- platform: b\n")
            .Write("sensors/two.yaml", "- platform: c\n")
            .Write("sensors/ignored.yaml", "not: a list\n")
            .Write("groups/one.yaml", "kitchen: {}\n")
            .Write("groups/two.yaml", "hall: {}\n");

        var root = Loaded();

        Assert.Equal(["wake"], Assert.IsType<YamlMap>(root["script"]).Entries.Select(e => e.Key));
        Assert.Equal(3, Assert.IsType<YamlList>(root["sensor"]).Items.Count);
        Assert.Equal(["kitchen", "hall"], Assert.IsType<YamlMap>(root["group"]).Entries.Select(e => e.Key));
        Assert.Empty(Assert.IsType<YamlList>(root["empty"]).Items);
    }

    [Fact]
    public void Load_Packages_AreSearchedForIntegrations()
    {
        _folder.Write("configuration.yaml", "homeassistant:\n  packages: !include_dir_named packages\n")
            .Write("packages/network.yaml", "http:\n  use_x_forwarded_for: true\n");

        var configuration = new HaConfiguration(Loaded());

        var http = Assert.Single(configuration.Sections("http"));
        Assert.Equal(new SourceMark("packages/network.yaml", 1), http.KeyMark);
    }

    [Fact]
    public void Load_IncludeLoop_ReportsTheLoopWithFileAndLine()
    {
        _folder.Write("configuration.yaml", "a: !include a.yaml\n")
            .Write("a.yaml", "b: !include b.yaml\n")
            .Write("b.yaml", "\nback: !include a.yaml\n");

        var problem = Problem();

        Assert.Equal(new SourceMark("b.yaml", 2), problem.Mark);
        Assert.Contains("a.yaml → b.yaml → a.yaml", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SelfInclude_IsALoop()
    {
        _folder.Write("configuration.yaml", "me: !include configuration.yaml\n");

        Assert.Contains("loop", Problem().Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!include ../outside.yaml")]
    [InlineData("!include_dir_list ../")]
    [InlineData("!include /etc/hostname")]
    public void Load_IncludeOutsideTheFolder_IsRefusedWithoutReading(string include)
    {
        File.WriteAllText(Path.Combine(_folder.Parent, "outside.yaml"), "password: leaked\n");
        _folder.Write("configuration.yaml", $"\nx: {include}\n");

        var problem = Problem();

        Assert.Equal(new SourceMark("configuration.yaml", 2), problem.Mark);
        Assert.Contains("outside the config folder", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SymbolicLinkToOutside_IsRefused()
    {
        File.WriteAllText(Path.Combine(_folder.Parent, "outside.yaml"), "password: leaked\n");
        _folder.Write("configuration.yaml", "x: !include inside.yaml\n").Link("inside.yaml", Path.Combine(_folder.Parent, "outside.yaml"));

        Assert.Contains("outside the config folder", Problem().Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LinkedFolderLeadingOutside_IsRefusedEvenForAnInnerFile()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Parent, "elsewhere"));
        File.WriteAllText(Path.Combine(_folder.Parent, "elsewhere", "x.yaml"), "password: leaked\n");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Root, "linked"), Path.Combine(_folder.Parent, "elsewhere"));
        _folder.Write("configuration.yaml", "x: !include linked/x.yaml\n");

        Assert.Contains("outside the config folder", Problem().Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SymbolicLinkInsideTheFolder_IsFollowed()
    {
        _folder.Write("real/http.yaml", "ip_ban_enabled: true\n").Write("configuration.yaml", "http: !include http.yaml\n")
            .Link("http.yaml", Path.Combine(_folder.Root, "real", "http.yaml"));

        Assert.IsType<YamlMap>(Loaded()["http"]);
    }

    [Fact]
    public void Load_BrokenYamlInAnIncludedFile_NamesThatFileAndLine()
    {
        _folder.Write("configuration.yaml", "automation: !include automations.yaml\n")
            .Write("automations.yaml", "- alias: ok\n  trigger: []\n- alias: [unclosed\n  action: []\n");

        var problem = Problem();

        Assert.Equal("automations.yaml", problem.Mark.File);
        Assert.InRange(problem.Mark.Line, 3, 5);
        Assert.Contains("not valid YAML", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingIncludedFile_IsAProblem()
    {
        _folder.Write("configuration.yaml", "x: !include nope.yaml\n");

        Assert.Contains("does not exist", Problem().Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoConfigurationFile_SaysWhereItLooked()
    {
        var problem = Problem();

        Assert.Equal("configuration.yaml", problem.Mark.File);
        Assert.Contains(_folder.Root, problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyConfigurationAndEmptyInclude_AreEmptyMappings()
    {
        _folder.Write("configuration.yaml", "x: !include empty.yaml\n").Write("empty.yaml", "");

        Assert.Empty(Assert.IsType<YamlMap>(Loaded()["x"]).Entries);
    }

    [Fact]
    public void Load_AnchorsAndMergeKeys_ResolveLikePyYaml()
    {
        _folder.Write("configuration.yaml", """
            base: &base
              ip_ban_enabled: true
              login_attempts_threshold: 3
            http:
              <<: *base
              login_attempts_threshold: 5
            """);

        var http = Assert.IsType<YamlMap>(Loaded()["http"]);

        Assert.Equal("5", ((YamlScalar)http["login_attempts_threshold"]!).Value);
        Assert.Equal("true", ((YamlScalar)http["ip_ban_enabled"]!).Value);
    }

    [Fact]
    public void Load_PathologicalNesting_IsAProblemNotACrash()
    {
        _folder.Write("configuration.yaml", "x: " + new string('[', 5000) + new string(']', 5000) + "\n");

        Assert.Contains("nested", Problem().Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LongIncludeChain_StopsAtTheDepthLimitWithoutExhaustingTheStack()
    {
        _folder.Write("configuration.yaml", "next: !include c0.yaml\n");
        for (var i = 0; i < 300; i++)
        {
            _folder.Write($"c{i}.yaml", $"a:\n  b:\n    next: !include c{i + 1}.yaml\n");
        }

        var problem = Problem();

        Assert.Contains("levels deep", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ProblemsInSeveralIncludedFiles_TheFirstInFileOrderIsReported()
    {
        _folder.Write("configuration.yaml", "automation: !include_dir_merge_list automations\n");
        for (var i = 0; i < 20; i++)
        {
            _folder.Write($"automations/a{i:00}.yaml", i is 7 or 13 ? "- alias: [broken\n" : $"- alias: a{i}\n");
        }

        Assert.Equal("automations/a07.yaml", Problem().Mark.File);
    }

    [Fact]
    public void Load_FileLargerThanTheLimit_IsRefusedAndNamed()
    {
        _folder.Write("configuration.yaml", "big: !include big.yaml\n").Write("big.yaml", "a: " + new string('x', 2048) + "\n");

        var problem = Problem(new HaYamlLimits { MaxFileBytes = 1024 });

        Assert.Equal("big.yaml", problem.Mark.File);
        Assert.Contains("larger than", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FiftyMegabyteYamlFile_IsRefusedQuicklyWhenIncludedAndIgnoredOtherwise()
    {
        _folder.Write("configuration.yaml", "homeassistant:\n  name: Home\n");
        WriteLargeYaml(Path.Combine(_folder.Root, "known_devices.yaml"), 50L * 1024 * 1024);

        Assert.Null(_folder.Load().Problem);

        _folder.Write("configuration.yaml", "device_tracker: !include known_devices.yaml\n");
        var problem = Problem();
        Assert.Equal("known_devices.yaml", problem.Mark.File);
        Assert.Contains("50 MB", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_TwentyThousandLineMergeKeyChain_StopsQuicklyAtTheBudget()
    {
        // Each mapping merges the one before: HA's loader (and a naive one) copies a growing list each time.
        var chain = new System.Text.StringBuilder("k0: &k0 {v0: 1}\n");
        for (var i = 1; i < 20_000; i++)
        {
            chain.Append(System.Globalization.CultureInfo.InvariantCulture, $"k{i}: &k{i} {{<<: *k{i - 1}, v{i}: 1}}\n");
        }
        _folder.Write("configuration.yaml", "x: !include chain.yaml\n").Write("chain.yaml", chain.ToString());

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var document = await Task.Run(() => _folder.Load()).WaitAsync(TestSettings.Timeout);

        Assert.Equal("chain.yaml", document.Problem!.Mark.File);
        Assert.Contains("YAML bomb", document.Problem.Problem, StringComparison.Ordinal);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Load_ManyMapsMergingSharedDefaults_LoadsWithinTheBudget()
    {
        // How merge keys are really used: one block of defaults, merged into each of many entities.
        var text = new System.Text.StringBuilder("defaults: &defaults\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"  option_{i}: {i}\n")));
        text.Append("sensor:\n");
        for (var i = 0; i < 2_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - <<: *defaults\n    name: sensor {i}\n");
        }
        _folder.Write("configuration.yaml", text.ToString());

        var sensors = Assert.IsType<YamlList>(Loaded()["sensor"]);

        Assert.Equal(21, Assert.IsType<YamlMap>(sensors.Items[^1]).Entries.Count);
    }

    [Fact]
    public void Load_AliasBomb_IsAProblemNamingTheLine()
    {
        var lines = new List<string> { "l0: &l0 [a, a, a, a, a, a, a, a, a, a]" };
        for (var i = 1; i < 10; i++)
        {
            lines.Add($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]");
        }
        _folder.Write("configuration.yaml", string.Join("\n", lines) + "\n");

        var problem = Problem();

        Assert.Equal("configuration.yaml", problem.Mark.File);
        Assert.InRange(problem.Mark.Line, 5, 7);
        Assert.Contains("YAML bomb", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IncludeFanOut_EachFileIsParsedOnceAndRepeatsCountAgainstTheBudget()
    {
        // f0 includes f1 ten times, f1 includes f2 ten times…: 10^8 copies of f9 if each include were read anew.
        _folder.Write("configuration.yaml", "x: !include f0.yaml\n");
        for (var i = 0; i < 9; i++)
        {
            _folder.Write($"f{i}.yaml", string.Join("\n", Enumerable.Range(0, 10).Select(n => $"k{n}: !include f{i + 1}.yaml")) + "\n");
        }
        _folder.Write("f9.yaml", "leaf: 1\n");

        var problem = Problem();

        Assert.Contains("YAML bomb", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameFileIncludedTwice_IsReadOnceAndSharedByBoth()
    {
        _folder.Write("configuration.yaml", "a: !include shared.yaml\nb: !include shared.yaml\n").Write("shared.yaml", "value: 1\n");

        var document = _folder.Load();

        Assert.Equal(["configuration.yaml", "shared.yaml"], document.Files);
        Assert.Same(document.Root!["a"], document.Root["b"]);
    }

    [Fact]
    public void Load_NodesOverTheRunsBudget_IsAProblem()
    {
        _folder.Write("configuration.yaml", "a: !include_dir_merge_list lists\n").Write("lists/one.yaml", "- 1\n- 2\n- 3\n").Write("lists/two.yaml", "- 4\n- 5\n- 6\n");

        var problem = Problem(new HaYamlLimits { MaxNodes = 6 });

        Assert.Contains("past 6 values", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RunCancelled_StopsTheParse()
    {
        _folder.Write("configuration.yaml", "a: 1\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => new HaYamlLoader(_folder.Folder, new ReadBudget(new HaYamlLimits(), cancelled.Token)).Load());
    }

    [Fact]
    public void Load_TwoDocuments_IsAProblem()
    {
        _folder.Write("configuration.yaml", "a: 1\n---\nb: 2\n");

        Assert.Contains("more than one YAML document", Problem().Problem, StringComparison.Ordinal);
    }

    private static void WriteLargeYaml(string path, long bytes)
    {
        using var writer = new StreamWriter(path);
        var line = "device_" + new string('x', 90) + ": {name: phone}\n";
        for (long written = 0; written < bytes; written += line.Length)
        {
            writer.Write(line);
        }
    }

    private YamlMap Loaded()
    {
        var document = _folder.Load();
        Assert.Null(document.Problem);
        return document.Root!;
    }

    private HaYamlException Problem(HaYamlLimits? limits = null)
    {
        var document = _folder.Load(limits);
        Assert.Null(document.Root);
        return document.Problem!;
    }
}
