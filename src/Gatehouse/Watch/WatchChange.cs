namespace Gatehouse.Watch;

/// <summary>One way the home got less safe, as an alert names it: what (one line) and what to do.</summary>
/// <param name="Id">The finding (or check) it is about, for the event entity and the log.</param>
internal sealed record WatchChange(string Id, string Text, string Fix);
