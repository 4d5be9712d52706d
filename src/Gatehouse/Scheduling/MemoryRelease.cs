namespace Gatehouse.Scheduling;

/// <summary>
/// Hands memory back to the system after a check run, the add-on's biggest burst of work. What it leaves behind is
/// dead but sits in the older generations, resident until a full collection that may not come for hours while the
/// add-on only waits. One compacting full collection costs milliseconds and returns it (and what a storm of failed
/// logins left since the last run). Not at the end of a storm itself: the compaction copies what survives before it
/// frees the old space, so it would raise the peak just when the storm ends.
/// </summary>
internal static class MemoryRelease
{
    public static void Now() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
