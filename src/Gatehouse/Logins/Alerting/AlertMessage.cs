namespace Gatehouse.Logins.Alerting;

/// <summary>One notification to send: a title and a plain-text message.</summary>
internal sealed record AlertMessage(string Title, string Message)
{
    /// <summary>The address or network it is about, when one: phones show a repeat in place of the earlier alert.</summary>
    public string? About { get; init; }

    /// <summary>The panel view a tap on the notification opens: the Logins tab unless said otherwise (the watch's alerts open Checks).</summary>
    public PanelTab Tab { get; init; } = PanelTab.Logins;
}
