using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Json;

/// <summary>
/// Compact JSON text written through one reused buffer per thread. A new writer per text grows its buffer from 16
/// characters, a handful of arrays for every attempt-log line, MQTT event and command, and in a storm of failed logins
/// those were a third of everything Gatehouse allocated.
/// </summary>
internal static class CompactJson
{
    /// <summary>Larger buffers (a big report) are let go rather than kept for the life of the thread.</summary>
    private const int MaxKeptCapacity = 16 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_buffer;

    public static string Write(JToken token) => Write(token, static (json, token) => token.WriteTo(json));

    public static string Write<TState>(TState state, Action<JsonTextWriter, TState> write)
    {
        // Taken off the thread while in use, so a write inside a write gets a buffer of its own.
        var buffer = t_buffer ?? new StringBuilder(1024);
        t_buffer = null;
        try
        {
            using (var text = new StringWriter(buffer, CultureInfo.InvariantCulture))
            using (var json = new JsonTextWriter(text) { Formatting = Formatting.None, ArrayPool = JsonCharPool.Instance })
            {
                write(json, state);
            }
            return buffer.ToString();
        }
        finally
        {
            buffer.Clear();
            if (buffer.Capacity <= MaxKeptCapacity)
            {
                t_buffer = buffer;
            }
        }
    }
}
