namespace Gatehouse.Logins;

/// <summary>The two notices HA raises: a failed login (<c>http-login</c>) and a ban (<c>ip-ban</c>).</summary>
internal enum LoginEventType
{
    FailedLogin,
    IpBanned,
}
