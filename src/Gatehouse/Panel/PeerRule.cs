using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Panel;

/// <summary>
/// Answers only the allowed peers (the Supervisor's ingress proxy in the add-on): everyone else gets 403 before
/// anything else runs. The first refusal is logged, with what to do; the rest only counted, so a scan of the port
/// cannot flood the log.
/// </summary>
internal sealed class PeerRule(IReadOnlyList<IPAddress> peers, ILogger logger)
{
    private long _refused;

    public long Refused => Interlocked.Read(ref _refused);

    public bool Allows(IPAddress? peer)
    {
        if (peer is null)
        {
            return false;
        }
        var address = peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer;
        return peers.Any(allowed => allowed.Equals(address));
    }

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (Allows(context.Connection.RemoteIpAddress))
        {
            return next(context);
        }
        if (Interlocked.Increment(ref _refused) == 1)
        {
            Log.PeerRefused(logger, context.Connection.RemoteIpAddress?.ToString() ?? "an unknown address", string.Join(", ", peers));
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
