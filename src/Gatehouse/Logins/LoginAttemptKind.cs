namespace Gatehouse.Logins;

/// <summary>What the failed request was, read from the URL in HA's log line.</summary>
internal enum LoginAttemptKind
{
    /// <summary>No log line matched: the notice alone says too little.</summary>
    Unknown,

    /// <summary><c>/auth/login_flow</c>: someone typed a password (or an MFA code).</summary>
    Password,

    /// <summary><c>/auth/token</c>: usually an app whose session expired, not an intruder.</summary>
    TokenRefresh,

    /// <summary><c>/api/…</c> or <c>/api/websocket</c>: a script or integration with a bad token.</summary>
    ApiToken,
}
