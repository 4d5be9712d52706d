using System.Buffers;
using Newtonsoft.Json;

namespace Gatehouse.HomeAssistant.Json;

/// <summary>
/// Character buffers for Newtonsoft's readers and writers, borrowed from the shared pool: without it each frame HA
/// sends and each line Gatehouse writes costs a new buffer, thousands a second in a storm of failed logins. A buffer a
/// hostile frame made huge is not kept.
/// </summary>
internal sealed class JsonCharPool : IArrayPool<char>
{
    public static readonly JsonCharPool Instance = new();

    /// <summary>Far above any field HA's notices and Gatehouse's lines hold; larger buffers go back to the collector.</summary>
    private const int MaxPooledLength = 64 * 1024;

    private JsonCharPool()
    {
    }

    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    public void Return(char[]? array)
    {
        if (array is { Length: <= MaxPooledLength })
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
