using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Gatehouse.Panel;

/// <summary>
/// The page's files, embedded in the binary (Panel/Assets): read once, served with an ETag so a reopened panel
/// costs a 304. Only these names exist; nothing is read from disk.
/// </summary>
internal sealed class PanelAssets
{
    private static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["index.html"] = "text/html; charset=utf-8",
        ["panel.css"] = "text/css; charset=utf-8",
        ["panel.js"] = "text/javascript; charset=utf-8",
    };

    private readonly FrozenDictionary<string, (byte[] Bytes, string ETag)> _files = ContentTypes.Keys.ToFrozenDictionary(name => name, Load);

    public RequestDelegate Serve(string name) => context =>
    {
        var (bytes, etag) = _files[name];
        context.Response.Headers.ETag = etag;
        // Revalidated on each open: an update of the add-on brings a new page at once.
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        context.Response.ContentType = ContentTypes[name];
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes).AsTask();
    };

    private static (byte[], string) Load(string name)
    {
        using var stream = typeof(PanelAssets).Assembly.GetManifestResourceStream("panel/" + name)
            ?? throw new InvalidOperationException($"The panel's {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        return (bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8))}\"");
    }
}
