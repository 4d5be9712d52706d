using Gatehouse.HomeAssistant.Json;
using Gatehouse.HomeAssistant.Messages;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Gatehouse.HomeAssistant.Transport;

/// <summary>
/// Reads one text frame: a JSON object, or (after <c>coalesce_messages</c>) a JSON array of objects
/// (<c>websocket_api/http.py</c> <c>_writer</c>). Each message is loaded once as a token tree and read by hand
/// (<see cref="HassMessage.Read"/>): its payload stays that tree, so a 64 MiB <c>get_states</c> is not held twice.
/// The messages of an array are read one at a time, as the caller takes them: HA puts everything it queued for the
/// connection into one array (up to 4,096 messages), and while reading is held back only the frame's bytes and one
/// message's tree are in memory, not a tree for each of thousands of notices.
/// </summary>
internal static class FrameReader
{
    /// <summary>HA's deepest messages are a few levels; past this a frame is hostile, not HA's.</summary>
    private const int MaxDepth = 128;

    /// <summary>Positions are only ever reported for the frame's own syntax errors, which the text reader knows.</summary>
    private static readonly JsonLoadSettings LoadSettings = new() { LineInfoHandling = LineInfoHandling.Ignore };

    /// <summary>
    /// The messages of <paramref name="frame"/>, each read when taken; the enumeration throws JsonException where the
    /// frame stops being HA's JSON (the messages before that were whole).
    /// </summary>
    public static IEnumerable<HassMessage> Read(string frame) => Read(new StringReader(frame));

    /// <summary>The messages of a frame's UTF-8 bytes, read without first making a string of them.</summary>
    public static IEnumerable<HassMessage> Read(byte[] utf8Frame) => Read(new Utf8FrameText(utf8Frame));

    private static IEnumerable<HassMessage> Read(TextReader frame)
    {
        using var reader = new JsonTextReader(frame)
        {
            DateParseHandling = DateParseHandling.None,
            MaxDepth = MaxDepth,
            ArrayPool = JsonCharPool.Instance,
            PropertyNameTable = HaFieldNames.Instance,
        };
        if (!reader.Read())
        {
            throw new JsonReaderException("The frame is empty.");
        }
        if (reader.TokenType == JsonToken.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonToken.EndArray)
            {
                yield return ReadObject(reader);
            }
        }
        else
        {
            yield return ReadObject(reader);
        }
        if (reader.Read())
        {
            throw new JsonReaderException("Unexpected content after the message.");
        }
    }

    private static HassMessage ReadObject(JsonTextReader reader) =>
        reader.TokenType == JsonToken.StartObject
            ? HassMessage.Read(JObject.Load(reader, LoadSettings))
            : throw new JsonReaderException($"Expected a message object, found {reader.TokenType}.");
}
