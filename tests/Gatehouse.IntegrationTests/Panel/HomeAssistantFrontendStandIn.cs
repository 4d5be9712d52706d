using Microsoft.AspNetCore.Http;

namespace Gatehouse.IntegrationTests.Panel;

/// <summary>
/// Stands in for HA's frontend around an add-on's panel, served by the <see cref="IngressProxy"/> on the same origin
/// as the panel (as HA serves both) at <c>/&lt;slug&gt;/…</c>. It does what HA 2026.2+ does
/// (home-assistant/frontend 20260128.0 to 85b2ca3, src/panels/app/ha-panel-app.ts): an iframe on the bare ingress URL;
/// on <c>home-assistant/subscribe-properties</c> it posts <c>home-assistant/properties</c> with the route HA hands
/// the panel (the path after the panel's <c>/&lt;slug&gt;</c>, src/layouts/hass-router-page.ts) cut once more by
/// computeRouteTail (src/common/url/route.ts), again after every navigation; <c>home-assistant/navigate</c> moves
/// the URL. With <c>?release=2026.1</c> it answers nothing, as HA's Supervisor panel did up to 2026.1. Every
/// navigation is kept in <c>window.navigations</c>.
/// </summary>
internal static class HomeAssistantFrontendStandIn
{
    public const string Slug = "a0d7b954_gatehouse";

    public static Task ServeAsync(HttpContext context, Uri panelUrl)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page(panelUrl.AbsolutePath), context.RequestAborted);
    }

    private static string Page(string ingressPath) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Home Assistant</title><link rel="icon" href="data:,"></head>
        <body style="margin:0">
        <iframe id="panel" title="Gatehouse" src="{{ingressPath}}" style="border:0;width:100vw;height:100vh"></iframe>
        <script>
        "use strict";
        const panelPath = "/{{Slug}}";
        const answers = new URLSearchParams(location.search).get("release") !== "2026.1";
        const iframe = document.getElementById("panel");
        let subscribed = false;
        window.navigations = [];
        function routeTail(route) {
          const divider = route.path.indexOf("/", 1);
          return divider === -1
            ? { prefix: route.prefix + route.path, path: "" }
            : { prefix: route.prefix + route.path.substring(0, divider), path: route.path.substring(divider) };
        }
        function sendProperties() {
          const route = { prefix: panelPath, path: location.pathname.substring(panelPath.length) };
          iframe.contentWindow.postMessage({ type: "home-assistant/properties", narrow: false, route: routeTail(route) }, "*");
        }
        window.addEventListener("message", (event) => {
          if (!answers || event.source !== iframe.contentWindow) {
            return;
          }
          const { type, ...data } = event.data;
          if (type === "home-assistant/subscribe-properties") {
            subscribed = true;
            sendProperties();
          } else if (type === "home-assistant/navigate") {
            window.navigations.push(data);
            history[data.options && data.options.replace ? "replaceState" : "pushState"](null, "", data.path);
            if (subscribed) {
              sendProperties();
            }
          }
        });
        </script>
        </body></html>
        """;
}
