namespace Gatehouse.Checks;

/// <summary>Told of each finished check run (the MQTT entities listen).</summary>
internal interface ICheckReportListener
{
    Task OnReportAsync(CheckReport report, CancellationToken cancellationToken);
}
