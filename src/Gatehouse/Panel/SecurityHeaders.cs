using Microsoft.AspNetCore.Http;

namespace Gatehouse.Panel;

/// <summary>
/// Headers on every answer. The page loads only its own script and style, talks only to its own server and may be
/// framed only by its own origin (HA's frontend shows ingress panels in an iframe of the same origin); nothing is
/// cached, since the page shows the home's current state.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        return next(context);
    }
}
