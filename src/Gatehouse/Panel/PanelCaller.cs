using Microsoft.AspNetCore.Http;

namespace Gatehouse.Panel;

/// <summary>
/// Who is asking, and whether a change may go ahead. A change is a POST carrying <see cref="GuardHeader"/>: a
/// cross-site form cannot set a custom header, and a cross-site script would need a CORS preflight this server never
/// answers. In the add-on it must also carry the HA user the Supervisor's ingress adds, so every change has a name.
/// </summary>
internal static class PanelCaller
{
    public const string GuardHeader = "X-Gatehouse-Request";
    public const string UserIdHeader = "X-Remote-User-Id";
    public const string UserNameHeader = "X-Remote-User-Name";
    public const string UserDisplayNameHeader = "X-Remote-User-Display-Name";

    /// <summary>Why the change is refused, or null when it may go ahead.</summary>
    public static string? RefuseChange(HttpContext context, bool isAddon)
    {
        if (context.Request.Headers[GuardHeader] != "1")
        {
            return $"Changes need the {GuardHeader} header; use the panel's buttons.";
        }
        if (isAddon && string.IsNullOrWhiteSpace(context.Request.Headers[UserIdHeader]))
        {
            return "Changes are taken only through Home Assistant's sidebar, which names the user making them.";
        }
        return null;
    }

    /// <summary>The HA user as ingress names them ("Alice (alice)"), or empty outside the add-on.</summary>
    public static string User(HttpContext context)
    {
        string? Header(string name) => context.Request.Headers[name] is { Count: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;
        var display = Header(UserDisplayNameHeader);
        var name = Header(UserNameHeader);
        return (display, name) switch
        {
            ({ } d, { } n) when d != n => $"{d} ({n})",
            _ => display ?? name ?? Header(UserIdHeader) ?? "",
        };
    }
}
