namespace Gatehouse.IntegrationTests.Infrastructure;

/// <summary>
/// Waits for a condition that no event announces (a file another process writes), re-checking it briefly
/// until it holds or <see cref="TestSettings.Timeout"/> passes. Prefer a signal wherever one exists.
/// </summary>
internal static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    public static Task UntilAsync(Func<bool> condition, string what) => UntilAsync(condition, what, TestSettings.Timeout);

    public static async Task UntilAsync(Func<bool> condition, string what, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!condition())
        {
            try
            {
                await Task.Delay(Interval, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s waiting for {what}.");
            }
        }
    }

    /// <summary>As <see cref="UntilAsync(Func{bool}, string)"/>, for a condition that asks over the network (a panel's JSON).</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        using var deadline = new CancellationTokenSource(TestSettings.Timeout);
        while (!await condition().WaitAsync(deadline.Token).ConfigureAwait(false))
        {
            try
            {
                await Task.Delay(Interval, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out after {TestSettings.Timeout.TotalSeconds:0} s waiting for {what}.");
            }
        }
    }
}
