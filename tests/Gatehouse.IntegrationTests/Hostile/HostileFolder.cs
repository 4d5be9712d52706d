using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Gatehouse.IntegrationTests.Hostile;

/// <summary>
/// One hostile HA config folder, made from a seed: a plausible configuration.yaml and .storage, plus a few of the
/// inputs that have made readers hang, crash, burn CPU or read elsewhere (merge-key chains, alias bombs, deep
/// nesting, include loops and fan-out, links out of the folder, named pipes, huge and binary files, invalid UTF-8,
/// hostile .storage JSON, control characters in names). Beside the folder lies <see cref="Outside"/>, where the
/// links lead: nothing there may ever be opened. The same seed always makes the same folder.
/// </summary>
internal sealed class HostileFolder : IDisposable
{
    private readonly Random _random;
    private readonly List<string> _ingredients = [];

    private HostileFolder(int seed)
    {
        _random = new Random(seed);
        Seed = seed;
        Parent = Directory.CreateTempSubdirectory("gatehouse-hostile-").FullName;
        Root = Path.Combine(Parent, "config");
        Outside = Path.Combine(Parent, "outside");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
    }

    public int Seed { get; }

    public string Parent { get; }

    public string Root { get; }

    /// <summary>Where the folder's links lead; a read of anything here is a escape.</summary>
    public string Outside { get; }

    /// <summary>What went into the folder, for the failure message.</summary>
    public IReadOnlyList<string> Ingredients => _ingredients;

    /// <summary>configuration.yaml cannot be loaded as a whole: secrets_hygiene must say so, never pass.</summary>
    public bool YamlUnreadable { get; private set; }

    /// <summary>.storage/auth cannot be read: mfa must say so, never pass.</summary>
    public bool AuthUnreadable { get; private set; }

    /// <summary>www leads out of the folder: www_exposure must say so, never pass.</summary>
    public bool WwwOutside { get; private set; }

    public static HostileFolder Create(int seed)
    {
        var folder = new HostileFolder(seed);
        folder.Build();
        return folder;
    }

    public void Dispose() => Directory.Delete(Parent, recursive: true);

    private void Build()
    {
        Write("outside/secret.yaml", "password: from-outside\n");
        Write("outside/.gitignore", "secrets.yaml\n");
        Write("outside/auth", """{"version":1,"key":"auth","data":{"users":[]}}""");
        Write("outside/backup.tar", "tar");
        Write("config/configuration.yaml", "homeassistant:\n  name: Home\n  packages: !include_dir_named packages\nhttp:\n  login_attempts_threshold: 5\nautomation: !include automations.yaml\n");
        Write("config/automations.yaml", "- alias: lights\n  trigger: []\n  action: []\n");
        Write("config/packages/base.yaml", "input_boolean:\n  guest: {}\n");
        Write("config/.storage/auth", """{"version":1,"key":"auth","data":{"users":[{"id":"a","name":"Alice","is_owner":true,"is_active":true,"system_generated":false,"group_ids":["system-admin"]}]}}""");
        Write("config/.storage/auth_module.totp", """{"version":1,"key":"auth_module.totp","data":{"users":{"a":"X"}}}""");
        Write("config/secrets.yaml", "p: x\n");
        Directory.CreateDirectory(Path.Combine(Root, ".git"));

        Action[] all =
        [
            MergeKeyChain, AliasBomb, DeepNesting, IncludeLoop, IncludeFanOut, ManyIncludedFiles, LinksOut, NamedPipes,
            HugeFiles, BinaryFiles, InvalidUtf8, HostileStorage, ControlCharacterNames, OddIncludes, LongLinesAndKeys,
        ];
        var count = _random.Next(1, 5);
        foreach (var ingredient in all.OrderBy(_ => _random.Next()).Take(count))
        {
            ingredient();
        }
    }

    private void MergeKeyChain()
    {
        var lines = _random.Next(1_000, 20_001);
        var text = new StringBuilder("k0: &k0 {v0: 1}\n");
        for (var i = 1; i < lines; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"k{i}: &k{i} {{<<: *k{i - 1}, v{i}: 1}}\n");
        }
        Include("chain.yaml", text.ToString(), $"merge-key chain of {lines} lines");
        YamlUnreadable |= lines > 2_000;
    }

    private void AliasBomb()
    {
        var levels = _random.Next(5, 13);
        var text = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < levels; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n");
        }
        Include("bomb.yaml", text.ToString(), $"alias bomb of {levels} levels");
        YamlUnreadable |= levels > 7;
    }

    private void DeepNesting()
    {
        var depth = _random.Next(200, 200_000);
        var text = _random.Next(2) == 0
            ? "x: " + new string('[', depth) + new string(']', depth) + "\n"
            : string.Concat(Enumerable.Range(0, Math.Min(depth, 5_000)).Select(i => new string(' ', i) + "k:\n"));
        Include("deep.yaml", text, $"nesting {depth} deep");
        YamlUnreadable = true;
    }

    private void IncludeLoop()
    {
        Write("config/loop_a.yaml", "b: !include loop_b.yaml\n");
        Write("config/loop_b.yaml", _random.Next(2) == 0 ? "a: !include loop_a.yaml\n" : "c: !include ../config/configuration.yaml\n");
        Append("loop: !include loop_a.yaml\n", "include loop");
        YamlUnreadable = true;
    }

    private void IncludeFanOut()
    {
        var levels = _random.Next(4, 10);
        for (var i = 0; i < levels; i++)
        {
            Write($"config/fan/f{i}.yaml", string.Join("\n", Enumerable.Range(0, 10).Select(n => $"k{n}: !include f{i + 1}.yaml")) + "\n");
        }
        Write($"config/fan/f{levels}.yaml", "leaf: 1\n");
        Append("fan: !include fan/f0.yaml\n", $"include fan-out of {levels} levels");
        YamlUnreadable |= levels > 5;
    }

    private void ManyIncludedFiles()
    {
        var files = _random.Next(100, 1_500);
        for (var i = 0; i < files; i++)
        {
            Write($"config/many/{i / 100:00}/s{i}.yaml", $"- platform: template\n  sensors:\n    s{i}:\n      value_template: \"{{{{ {i} }}}}\"\n");
        }
        Append("sensor: !include_dir_merge_list many\n", $"{files} included files");
    }

    private void LinksOut()
    {
        switch (_random.Next(6))
        {
            case 0:
                Link("www", Outside, "www links out");
                WwwOutside = true;
                break;
            case 1:
                Link(".gitignore", Path.Combine(Outside, ".gitignore"), ".gitignore links out");
                break;
            case 2:
                File.Delete(Path.Combine(Root, ".storage", "auth"));
                Link(".storage/auth", Path.Combine(Outside, "auth"), ".storage/auth links out");
                AuthUnreadable = true;
                break;
            case 3:
                Link("packages/outside.yaml", Path.Combine(Outside, "secret.yaml"), "a package links out");
                YamlUnreadable = true;
                break;
            case 4:
                Link("linked", Outside, "a folder links out");
                Append("x: !include linked/secret.yaml\n", "an include through a linked folder");
                YamlUnreadable = true;
                break;
            default:
                Link("ip_bans.yaml", Path.Combine(Outside, "secret.yaml"), "ip_bans.yaml links out");
                break;
        }
    }

    private void NamedPipes()
    {
        var where = new[] { "packages/pipe.yaml", ".storage/auth", ".gitignore", "ip_bans.yaml", "automations.yaml", ".storage/core.config" }[_random.Next(6)];
        var path = Path.Combine(Root, where);
        File.Delete(path);
        using (var mkfifo = Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
        }
        _ingredients.Add($"named pipe at {where}");
        YamlUnreadable |= where.EndsWith(".yaml", StringComparison.Ordinal) && where != "ip_bans.yaml";
        AuthUnreadable |= where == ".storage/auth";
    }

    private void HugeFiles()
    {
        var where = new[] { "packages/huge.yaml", ".storage/auth", "automations.yaml" }[_random.Next(3)];
        var path = Path.Combine(Root, where);
        Remove(path);
        if (_random.Next(4) == 0)
        {
            // Real bytes just under the caps: one long value, so memory, not the size check, is what is tried.
            var text = where.StartsWith(".storage", StringComparison.Ordinal)
                ? "{\"version\":1,\"data\":{\"users\":[],\"x\":\"" + new string('a', 8 * 1024 * 1024 - 100) + "\"}}"
                : "x: " + new string('a', 4 * 1024 * 1024 - 100) + "\n";
            File.WriteAllText(path, text);
            _ingredients.Add($"file just under the size cap at {where}");
            return;
        }
        using (var file = File.Create(path))
        {
            file.SetLength((long)_random.Next(1, 64) * 1024 * 1024 * 1024);
        }
        _ingredients.Add($"sparse multi-GB file at {where}");
        YamlUnreadable |= where.EndsWith(".yaml", StringComparison.Ordinal);
        AuthUnreadable |= where == ".storage/auth";
    }

    private void BinaryFiles()
    {
        var bytes = new byte[_random.Next(1, 256 * 1024)];
        _random.NextBytes(bytes);
        var where = new[] { "packages/binary.yaml", ".storage/auth", "ip_bans.yaml", ".storage/http", "www/blob.db" }[_random.Next(5)];
        Write($"config/{where}", bytes);
        _ingredients.Add($"random bytes at {where}");
        AuthUnreadable |= where == ".storage/auth";
    }

    private void InvalidUtf8()
    {
        byte[] text = [.. "password: "u8, 0xC3, 0x28, 0xFF, 0xFE, .. "\nname: "u8, 0xED, 0xA0, 0x80, (byte)'\n'];
        Write("config/packages/utf8.yaml", text);
        _ingredients.Add("invalid UTF-8 in a package");
    }

    private void HostileStorage()
    {
        var key = new[] { "auth", "auth_module.totp", "http", "core.config" }[_random.Next(4)];
        var variant = _random.Next(6);
        var data = variant switch
        {
            0 => new string('[', 100_000) + new string(']', 100_000),
            1 => "{\"version\":1,\"data\":{\"users\":[" + string.Join(",", Enumerable.Repeat("0", 1_200_000)) + "]}}",
            2 => "{\"version\":1,\"data\":[]}",
            3 => "{\"version\":1,\"data\":{\"users\":[{\"id\":1,\"name\":{\"x\":[]},\"group_ids\":\"admin\"}],\"stable\":\"x\",\"latitude\":1e999999}}",
            4 => "{\"version\":1,\"data\":{\"users\":[{\"id\":\"a\u0000\u001b[2J\",\"name\":\"\u001b]0;owned\u0007\",\"is_owner\":true}]}}",
            _ => "{\"version\":1,\"data\":{\"users\":[{\"id\":\"a\",\"id\":\"b\"}],\"users\":null}",
        };
        Write($"config/.storage/{key}", data);
        _ingredients.Add($"hostile JSON in .storage/{key}");
        AuthUnreadable |= key == "auth" && variant <= 3;
    }

    private void ControlCharacterNames()
    {
        Write("config/www/\u001b[2J\u001b[31mevil\nFAKE.sql", "x");
        Write("config/packages/\u001b]0;owned\u0007.yaml", "password: inline-\u001b[5m\n");
        Write("config/www/\u202egnp.exe", "x");
        _ingredients.Add("control characters in file names");
    }

    private void OddIncludes()
    {
        var line = new[]
        {
            "x: !include /etc/passwd\n", "x: !include ../outside/secret.yaml\n", "x: !include_dir_named /etc\n",
            "x: !include_dir_merge_list ../outside\n", "x: !include\n", "x: !include .storage\n", "x: !include_dir_list configuration.yaml\n",
        }[_random.Next(7)];
        Append(line, $"include: {line.Trim()}");
        YamlUnreadable |= !line.Contains("include_dir_list configuration", StringComparison.Ordinal);
    }

    private void LongLinesAndKeys()
    {
        Include("long.yaml", new string('k', _random.Next(100_000, 4_000_000)) + ": " + new string('v', _random.Next(1, 1_000_000)) + "\n", "very long key and value");
    }

    private void Include(string file, string text, string ingredient)
    {
        Write($"config/{file}", text);
        Append($"{Path.GetFileNameWithoutExtension(file)}: !include {file}\n", ingredient);
    }

    private void Append(string line, string ingredient)
    {
        File.AppendAllText(Path.Combine(Root, "configuration.yaml"), line);
        _ingredients.Add(ingredient);
    }

    private void Link(string relative, string target, string ingredient)
    {
        var path = Path.Combine(Root, relative);
        if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null)
        {
            Directory.Delete(path, recursive: true);
        }
        else if (Path.Exists(path))
        {
            File.Delete(path);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        _ingredients.Add(ingredient);
    }

    private void Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    private void Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Parent, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Remove(path);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>An earlier ingredient may have put a named pipe or a link here: writing through it would block or land elsewhere.</summary>
    private static void Remove(string path)
    {
        if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            File.Delete(path);
        }
    }
}
