namespace Gatehouse.Logins.Alerting;

/// <summary>The panel's views, as an alert's link names them (the page's tab ids: <c>overview</c>, <c>checks</c>, <c>logins</c>).</summary>
internal enum PanelTab
{
    Overview,
    Checks,
    Logins,
}
