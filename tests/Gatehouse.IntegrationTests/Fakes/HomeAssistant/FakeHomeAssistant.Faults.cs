namespace Gatehouse.IntegrationTests.Fakes.HomeAssistant;

/// <summary>Scripted faults: held writers and replies (slow HA), server-side close, abort, raw frames.</summary>
internal sealed partial class FakeHomeAssistant
{
    /// <summary>While the returned scope lives, nothing is written; then everything queued goes out at once (as one array after opt-in).</summary>
    public IDisposable HoldWriters()
    {
        WritersOpen.Close();
        return new Scope(WritersOpen.Open);
    }

    /// <summary>Commands of <paramref name="type"/> are handled but not answered until the scope ends: slow replies.</summary>
    public IDisposable HoldReplies(string type)
    {
        var gate = _heldReplies.GetOrAdd(type, _ => new Gate());
        gate.Close();
        return new Scope(gate.Open);
    }

    /// <summary>Closes every connection from the server side, as HA does when it restarts.</summary>
    public Task CloseConnectionsAsync()
    {
        foreach (var session in _sessions.Keys)
        {
            session.Close();
        }
        return WaitUntilAsync(fake => fake.OpenSessions == 0, "the connections to close");
    }

    public void AbortConnections()
    {
        foreach (var session in _sessions.Keys)
        {
            session.Abort();
        }
    }

    /// <summary>A frame as is (e.g. not JSON) to every open connection.</summary>
    public void SendRawToAll(string frame)
    {
        foreach (var session in _sessions.Keys)
        {
            session.SendRaw(frame);
        }
    }

    /// <summary>True when replies to <paramref name="type"/> are held: they go out once the hold ends.</summary>
    internal bool HoldsReplies(FakeHomeAssistantSession session, string type, string[] replies)
    {
        if (replies.Length == 0 || !_heldReplies.TryGetValue(type, out var gate))
        {
            return false;
        }
        _ = gate.WaitAsync(_stopping.Token).ContinueWith(
            held => { if (held.IsCompletedSuccessfully) { session.Send(replies); } }, TaskScheduler.Default);
        return true;
    }
}
