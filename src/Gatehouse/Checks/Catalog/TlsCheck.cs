using System.Security.Authentication;
using Gatehouse.Checks.Live;
using Gatehouse.Checks.Tls;
using Gatehouse.HaConfig;
using Gatehouse.HaConfig.Settings;

namespace Gatehouse.Checks.Catalog;

/// <summary>
/// tls: the external URL HA hands out (Settings > System > Network) is https, and its server's certificate is
/// trusted, for that name, not about to expire, over TLS 1.2 or newer (a server offering only TLS 1.0 or 1.1 fails,
/// with the versions found). Plain http on an address outside the home fails.
/// When the config folder is readable and HA serves https itself, its <c>ssl_profile</c> is read too: <c>intermediate</c> warns.
/// </summary>
internal sealed class TlsCheck(ILiveHomeAssistant homeAssistant, TlsProbe probe, HaConfigSnapshot config, TimeProvider time) : ISecurityCheck
{
    public const string CheckId = "tls";
    public const int WarnDays = 21;
    public const int FailDays = 7;

    private const string Renew = "Renew the certificate (the Let's Encrypt or DuckDNS add-on does it by itself when running; check its log), then restart HA or the proxy that serves it.";
    private const string OldProtocolRemedy = "Update the proxy or add-on that serves HTTPS, or set HA's ssl_profile to modern (Settings > System > Network).";
    private const string ProperCertificate = "Serve a certificate from a public authority for exactly this name: the Let's Encrypt, DuckDNS or NGINX SSL proxy add-on set it up, or use Home Assistant Cloud's Remote UI, which brings its own.";

    public string Id => CheckId;

    public string Title => "Encrypted external address";

    public IReadOnlyList<CheckSource> Sources { get; } = [CheckSource.HomeAssistant];

    public async Task<CheckResult> RunAsync(CancellationToken cancellationToken)
    {
        var config = await homeAssistant.ConfigAsync();
        if (config.Value is null)
        {
            return config.Unavailable(this);
        }
        if (string.IsNullOrWhiteSpace(config.Value.ExternalUrl))
        {
            return this.Skipped("No external URL is set in HA (Settings > System > Network), so there is no outside address to check.");
        }
        if (!Uri.TryCreate(config.Value.ExternalUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return this.Fail($"HA's external URL '{config.Value.ExternalUrl}' is not a web address.", null, "Settings > System > Network: set the external URL to the https address you reach HA with from outside.");
        }
        if (url.Scheme == "http")
        {
            return LocalAddress.IsLocal(url.Host)
                ? this.Warn($"The external URL {url} is plain http on a home address: it works only at home and is not encrypted.", null, "Settings > System > Network: if HA is reached from outside, set the external URL to that https address.")
                : this.Fail($"The external URL {url} is plain http: passwords and everything else cross the internet unencrypted.", null, ProperCertificate);
        }
        var probed = await probe.ProbeAsync(url.IdnHost, url.Port, cancellationToken);
        if (probed.OldProtocols.Count > 0)
        {
            return this.Fail(
                $"{url.Host} speaks only {string.Join(" and ", probed.OldProtocols)}, older than TLS 1.2 and no longer safe: current browsers and the app refuse it, and its encryption can be broken.",
                [$"{url.Host}:{url.Port} accepts {string.Join(", ", probed.OldProtocols)} and no newer version"],
                OldProtocolRemedy);
        }
        return probed.Handshake is null
            ? this.Unavailable(probed.Problem!, "Check that the external URL is right and that HA (or its proxy) is reachable at it, then run the checks again.")
            : Judge(url, probed.Handshake);
    }

    private CheckResult Judge(Uri url, TlsHandshake tls)
    {
        var days = (int)Math.Floor((tls.NotAfter - time.GetUtcNow()).TotalDays);
        var details = new List<string>
        {
            $"{url.Host}:{url.Port} answers with {Protocol(tls.Protocol)}",
            $"Certificate for {tls.Subject}, issued by {tls.Issuer}, valid until {tls.NotAfter:yyyy-MM-dd}",
        };
        details.AddRange(tls.ChainProblems.Select(p => $"Not trusted: {p}"));
        if (days < 0)
        {
            return this.Fail($"The certificate of {url.Host} expired {-days} day{(-days == 1 ? "" : "s")} ago: browsers and the app refuse it.", details, Renew);
        }
        if (!tls.NameMatches)
        {
            return this.Fail($"The certificate served at {url.Host} is not made out for that name: browsers warn, and a look-alike server could not be told apart.", details, ProperCertificate);
        }
        if (tls.ChainProblems.Count > 0)
        {
            return this.Fail($"The certificate of {url.Host} is not from an authority browsers trust (self-signed or an unknown CA).", details, ProperCertificate);
        }
        if (tls.Protocol is not (SslProtocols.Tls12 or SslProtocols.Tls13))
        {
            return this.Fail($"{url.Host} speaks {Protocol(tls.Protocol)}, older than TLS 1.2 and no longer safe.", details, OldProtocolRemedy);
        }
        var profile = SslProfile();
        if (profile is not null)
        {
            details.Add($"HA serves https itself with ssl_profile {profile.SslProfile} ({profile.Source})");
        }
        if (days < FailDays)
        {
            return this.Fail($"The certificate of {url.Host} expires in {days} day{(days == 1 ? "" : "s")}: renewal seems to have stopped.", details, Renew);
        }
        if (days < WarnDays)
        {
            return this.Warn($"The certificate of {url.Host} expires in {days} days; it is usually renewed 30 days ahead.", details, Renew);
        }
        if (profile is { SslProfile: not HttpSettings.DefaultSslProfile })
        {
            return this.Warn($"HA's ssl_profile is {profile.SslProfile}: it still accepts ciphers the default profile, modern, has dropped.", details,
                "Settings > System > Network (or ssl_profile in the http: block of configuration.yaml): set the SSL profile to modern, unless an old device can only connect with intermediate.");
        }
        return this.Pass($"{url.Host} serves a trusted certificate over {Protocol(tls.Protocol)}, valid for {days} more days.", details);
    }

    /// <summary>HA's own TLS settings, when the config folder is here and HA itself serves https (not a proxy).</summary>
    private HttpSettings? SslProfile() =>
        config.Folder.Exists && config.Http.Value is { ServesTls: true } http ? http : null;

    // The enum's names (Tls12) are not what people read elsewhere.
#pragma warning disable SYSLIB0039 // The old protocols are named, not used.
    private static string Protocol(SslProtocols protocol) => protocol switch
    {
        SslProtocols.Tls13 => "TLS 1.3",
        SslProtocols.Tls12 => "TLS 1.2",
        SslProtocols.Tls11 => "TLS 1.1",
        SslProtocols.Tls => "TLS 1.0",
        _ => protocol.ToString(),
    };
#pragma warning restore SYSLIB0039
}
