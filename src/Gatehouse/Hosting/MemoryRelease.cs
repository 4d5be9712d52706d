namespace Gatehouse.Hosting;

/// <summary>
/// Hands memory back to the system after a burst of work (a check run, a storm of failed logins). What a burst
/// leaves behind is dead but sits in the older generations, resident until a full collection that may not come
/// for hours while the add-on only waits. One compacting full collection costs milliseconds and returns it.
/// </summary>
internal static class MemoryRelease
{
    public static void Now() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
