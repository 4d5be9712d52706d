using System.Collections.Concurrent;
using System.Text;
using YamlDotNet.Core;

namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// One load of configuration.yaml: follows includes, detects loops, keeps to the run's budget. Each file is read
/// through the folder's read gate and parsed once; a file included again shares the first parse (and counts
/// against the budget as the values it stands for). The files of an include-dir tag are parsed in parallel
/// (parsing is the cost of a large configuration); their contents and the first problem, in file order, come out
/// as if read one by one.
/// </summary>
internal sealed class YamlLoadSession(HaConfigFolder folder, ReadBudget budget)
{
    /// <summary>Two at a time: each file's bytes and parse buffers are held while it is parsed, and a Raspberry Pi has four cores but little memory.</summary>
    private const int MaxParallelFiles = 2;

    private readonly ConcurrentQueue<string> _files = new();
    private readonly ConcurrentDictionary<string, (YamlNode? Node, long Size)> _parsed = new(StringComparer.Ordinal);
    private int _fileCount;

    /// <summary>The files read, relative to the config folder, in name order.</summary>
    public IReadOnlyList<string> Files => _files.Order(StringComparer.Ordinal).ToList();

    /// <param name="chain">The files that include this one, outermost first: a file met again in it is a loop.</param>
    /// <param name="depth">Nesting so far (includes and YAML levels together), so recursion stays within <see cref="HaYamlLimits.MaxDepth"/>.</param>
    public (YamlNode? Node, long Size) LoadFile(string path, SourceMark site, string[] chain, int depth)
    {
        var limits = budget.Limits;
        if (chain.Contains(path))
        {
            var loop = string.Join(" → ", chain.SkipWhile(p => p != path).Append(path).Select(folder.Describe));
            throw new HaYamlException(site, $"includes {folder.Describe(path)} again, which makes a loop ({loop}); HA cannot load this either");
        }
        if (_parsed.TryGetValue(path, out var parsed))
        {
            budget.TakeExpansion(parsed.Size, site);
            return parsed;
        }
        if (depth >= limits.MaxDepth || Interlocked.Increment(ref _fileCount) > limits.MaxFiles)
        {
            throw new HaYamlException(site, $"includes more than {limits.MaxFiles} files or nests {limits.MaxDepth} levels deep; Gatehouse stops there");
        }
        // Every caller hands a path ResolveInside gave (the loop check compares those).
        var read = folder.ReadResolved(path, limits.MaxFileBytes, budget);
        if (read.Bytes is not { } bytes)
        {
            throw read.Missing
                ? new HaYamlException(site, $"{folder.Describe(path)}: the file does not exist, so HA cannot load this configuration")
                : new HaYamlException(new SourceMark(read.Name, 0), read.Problem!);
        }
        var name = read.Name;
        _files.Enqueue(name);
        string[] inner = [.. chain, path];
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var parser = new YamlFileParser(name, depth, budget, (tag, argument, mark, at) => Include(tag, argument, mark, inner, at));
            var node = parser.Parse(reader);
            return _parsed[path] = (node, parser.Size);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner has thrown these on malformed input too; the file is what is wrong, not Gatehouse.
            throw new HaYamlException(new SourceMark(name, 0), $"is not valid YAML ({exception.Message}); HA will not load it either");
        }
        catch (YamlException exception)
        {
            throw new HaYamlException(new SourceMark(name, YamlErrors.Line(exception, bytes)), $"is not valid YAML ({YamlErrors.Message(exception)}); HA will not load it either");
        }
    }

    private (YamlNode Node, long Size) Include(string tag, string argument, SourceMark site, string[] chain, int depth)
    {
        if (argument.Length == 0)
        {
            throw new HaYamlException(site, $"has {tag} without a file or folder name");
        }
        var target = Path.GetFullPath(argument, Path.GetDirectoryName(chain[^1])!);
        var inside = folder.ResolveInside(target)
            ?? throw new HaYamlException(site, $"{tag} {argument} points outside the config folder; Gatehouse does not follow includes out of it, and HA configurations should not need to");
        if (tag == HaYamlTags.Include)
        {
            if (!Path.Exists(inside))
            {
                throw new HaYamlException(site, $"{tag} {argument}: the file does not exist, so HA cannot load this configuration");
            }
            var (node, size) = LoadFile(inside, site, chain, depth + 1);
            return (node ?? new YamlMap(site, []), size);
        }
        var files = IncludeFolder.Files(inside).Select(f => folder.ResolveInside(f)
            ?? throw new HaYamlException(site, $"{tag} {argument}: {Path.GetFileName(f)} is a link to outside the config folder; Gatehouse does not follow it")).ToList();
        var loaded = new ((YamlNode? Node, long Size) File, HaYamlException? Problem)[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = budget.CancellationToken, MaxDegreeOfParallelism = MaxParallelFiles }, i =>
        {
            try
            {
                loaded[i] = (LoadFile(files[i], site, chain, depth + 1), null);
            }
            catch (HaYamlException problem)
            {
                loaded[i] = (default, problem);
            }
            catch (OperationCanceledException)
            {
                // The run was cancelled: noticed below, outside the parallel loop (which would wrap it).
            }
        });
        budget.CancellationToken.ThrowIfCancellationRequested();
        if (loaded.FirstOrDefault(l => l.Problem is not null).Problem is { } first)
        {
            throw first;
        }
        var combined = IncludeFolder.Combine(tag, site, files.Select((f, i) => (Path.GetFileNameWithoutExtension(f), loaded[i].File.Node)));
        return (combined, 1 + loaded.Sum(l => l.File.Size));
    }
}
