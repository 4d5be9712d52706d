namespace Gatehouse.Logins.Enrichment;

/// <summary>Names what a failed request was from the URL HA logged (DESIGN.md §4.3).</summary>
internal static class AttemptClassifier
{
    public static LoginAttemptKind Classify(string? url)
    {
        if (url is null)
        {
            return LoginAttemptKind.Unknown;
        }
        var path = url.Split('?', 2)[0];
        if (path.StartsWith("/auth/login_flow", StringComparison.Ordinal))
        {
            return LoginAttemptKind.Password;
        }
        if (path.StartsWith("/auth/token", StringComparison.Ordinal))
        {
            return LoginAttemptKind.TokenRefresh;
        }
        return path == "/api" || path.StartsWith("/api/", StringComparison.Ordinal)
            ? LoginAttemptKind.ApiToken
            : LoginAttemptKind.Unknown;
    }
}
