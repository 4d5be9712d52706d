using Gatehouse.HomeAssistant.Transport;
using Newtonsoft.Json;

namespace Gatehouse.Tests.HomeAssistant.Transport;

public sealed class FrameReaderTests
{
    [Fact]
    public void Read_OneObject_OneMessage()
    {
        var message = Assert.Single(FrameReader.Read("""{"id":4,"type":"pong"}"""));

        Assert.Equal(("pong", 4), (message.Type, message.CommandId));
    }

    [Fact]
    public void Read_CoalescedArray_EveryMessageInOrder()
    {
        var messages = FrameReader.Read("""[{"id":1,"type":"result","success":true,"result":null},{"id":2,"type":"event","event":{"type":"current","notifications":{}}}]""").ToList();

        Assert.Equal([("result", 1), ("event", 2)], messages.Select(m => (m.Type, m.CommandId!.Value)));
        Assert.Equal("current", (string?)messages[1].Event!["type"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"id":1,"type":"pong"} trailing""")]
    [InlineData("""{"id":1,"type":"result","success":"maybe"}""")]
    public void Read_NotHomeAssistantJson_Throws(string frame) =>
        Assert.ThrowsAny<JsonException>(() => FrameReader.Read(frame).ToList());

    [Fact]
    public void Read_ArrayFrame_EachMessageReadWhenTaken_DamageAfterItDoesNotCostIt()
    {
        using var messages = FrameReader.Read("""[{"id":1,"type":"pong"},{"id":2,"type":"pong"},not json]""").GetEnumerator();

        Assert.True(messages.MoveNext());
        Assert.Equal(1, messages.Current.CommandId);
        Assert.True(messages.MoveNext());
        Assert.Equal(2, messages.Current.CommandId);
        Assert.ThrowsAny<JsonException>(() => messages.MoveNext());
    }

    [Fact]
    public void Read_Utf8Bytes_SameAsText()
    {
        var message = Assert.Single(FrameReader.Read(System.Text.Encoding.UTF8.GetBytes("""{"id":7,"type":"result","success":true,"result":{"name":"Zoë ☂"}}""")));

        Assert.Equal("Zoë ☂", (string?)message.Result!["name"]);
    }

    [Fact]
    public void Read_InvalidFormatAnswerWithStringId_HasNoCommandId()
    {
        var message = Assert.Single(FrameReader.Read("""{"id":"x","type":"result","success":false,"error":{"code":"invalid_format","message":"Message incorrectly formatted."}}"""));

        Assert.Null(message.CommandId);
        Assert.Equal("invalid_format", message.Error!.Code);
    }

    [Fact]
    public void Read_TimestampsInPayload_StayText()
    {
        var message = Assert.Single(FrameReader.Read("""{"id":3,"type":"event","event":{"time_fired":"2026-11-28T00:30:20.986417+00:00"}}"""));

        Assert.Equal("2026-11-28T00:30:20.986417+00:00", (string?)message.Event!["time_fired"]);
    }
}
