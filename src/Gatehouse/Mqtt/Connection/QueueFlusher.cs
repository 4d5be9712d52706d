using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace Gatehouse.Mqtt.Connection;

/// <summary>Drains <see cref="OutboundQueue"/> into a connected client, putting back what could not be sent.</summary>
internal sealed class QueueFlusher(OutboundQueue queue, ILogger logger)
{
    private long _foldedReported;

    /// <summary>Publishes until the queue is empty; false when a publish failed (that message waits at the front).</summary>
    public async Task<bool> TryFlushAsync(IMqttClient client, CancellationToken cancellationToken)
    {
        ReportFolds();
        while (queue.TryDequeue(out var message))
        {
            try
            {
                await client.PublishStringAsync(message.Topic, message.Payload, MqttQualityOfServiceLevel.AtLeastOnce, message.Retain, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                queue.ReturnToFront(message);
                Log.PublishFailed(logger, message.Topic, exception);
                return false;
            }
        }
        return true;
    }

    /// <summary>One warning per overflow episode, not per folded event.</summary>
    private void ReportFolds()
    {
        var folded = queue.Folded;
        if (folded > _foldedReported)
        {
            _foldedReported = folded;
            Log.QueueOverflow(logger, folded);
        }
    }
}
