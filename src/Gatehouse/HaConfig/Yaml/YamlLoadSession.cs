using System.Collections.Concurrent;
using System.Text;
using YamlDotNet.Core;

namespace Gatehouse.HaConfig.Yaml;

/// <summary>
/// One load of configuration.yaml: follows includes, detects loops, keeps the limits. The files of an include-dir
/// tag are parsed in parallel (parsing is the cost of a large configuration); their contents and the first problem,
/// in file order, come out as if read one by one.
/// </summary>
internal sealed class YamlLoadSession(HaConfigFolder folder, HaYamlLimits limits)
{
    private readonly ConcurrentQueue<string> _files = new();
    private int _fileCount;

    /// <summary>The files read, relative to the config folder, in name order.</summary>
    public IReadOnlyList<string> Files => _files.Order(StringComparer.Ordinal).ToList();

    /// <param name="chain">The files that include this one, outermost first: a file met again in it is a loop.</param>
    /// <param name="depth">Nesting so far (includes and YAML levels together), so recursion stays within <see cref="HaYamlLimits.MaxDepth"/>.</param>
    public YamlNode? LoadFile(string path, SourceMark site, string[] chain, int depth)
    {
        var name = folder.Describe(path);
        if (chain.Contains(path))
        {
            var loop = string.Join(" → ", chain.SkipWhile(p => p != path).Append(path).Select(folder.Describe));
            throw new HaYamlException(site, $"includes {name} again, which makes a loop ({loop}); HA cannot load this either");
        }
        if (depth >= limits.MaxDepth || Interlocked.Increment(ref _fileCount) > limits.MaxFiles)
        {
            throw new HaYamlException(site, $"includes more than {limits.MaxFiles} files or nests {limits.MaxDepth} levels deep; Gatehouse stops there");
        }
        var length = new FileInfo(path).Length;
        if (length > limits.MaxFileBytes)
        {
            throw new HaYamlException(new SourceMark(name, 0), $"is {length / (1024 * 1024)} MB, larger than the {limits.MaxFileBytes / (1024 * 1024)} MB Gatehouse reads; HA configuration files are normally far smaller, so check what wrote it");
        }
        _files.Enqueue(name);
        string[] inner = [.. chain, path];
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var parser = new YamlFileParser(name, depth, limits.MaxDepth, (tag, argument, mark, at) => Include(tag, argument, mark, inner, at));
            return parser.Parse(reader);
        }
        catch (YamlException exception)
        {
            throw new HaYamlException(new SourceMark(name, YamlErrors.Line(exception, path)), $"is not valid YAML ({YamlErrors.Message(exception)}); HA will not load it either");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new HaYamlException(site, $"cannot be read ({exception.Message}); check the file's permissions");
        }
    }

    private YamlNode Include(string tag, string argument, SourceMark site, string[] chain, int depth)
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
            return File.Exists(inside)
                ? LoadFile(inside, site, chain, depth + 1) ?? new YamlMap(site, [])
                : throw new HaYamlException(site, $"{tag} {argument}: the file does not exist, so HA cannot load this configuration");
        }
        var files = IncludeFolder.Files(inside).Select(f => folder.ResolveInside(f)
            ?? throw new HaYamlException(site, $"{tag} {argument}: {Path.GetFileName(f)} is a link to outside the config folder; Gatehouse does not follow it")).ToList();
        var loaded = new (YamlNode? Node, HaYamlException? Problem)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            try
            {
                loaded[i] = (LoadFile(files[i], site, chain, depth + 1), null);
            }
            catch (HaYamlException problem)
            {
                loaded[i] = (null, problem);
            }
        });
        if (loaded.FirstOrDefault(l => l.Problem is not null).Problem is { } first)
        {
            throw first;
        }
        return IncludeFolder.Combine(tag, site, files.Select((f, i) => (Path.GetFileNameWithoutExtension(f), loaded[i].Node)));
    }
}
