using Gatehouse.Logins;
using Gatehouse.Logins.Recording;

namespace Gatehouse.Panel;

/// <summary>Turns the attempt log into the panel's chart and list for 24 h, 7 d or 30 d.</summary>
internal static class AttemptChart
{
    public const int MaxRecent = 50;

    public static readonly IReadOnlyDictionary<string, (TimeSpan Span, TimeSpan Step)> Ranges = new Dictionary<string, (TimeSpan, TimeSpan)>(StringComparer.Ordinal)
    {
        ["24h"] = (TimeSpan.FromHours(24), TimeSpan.FromHours(1)),
        ["7d"] = (TimeSpan.FromDays(7), TimeSpan.FromHours(6)),
        ["30d"] = (TimeSpan.FromDays(30), TimeSpan.FromDays(1)),
    };

    public static AttemptsView Build(string range, DateTimeOffset now, Func<DateTimeOffset, IReadOnlyList<(LoginAttempt Attempt, AttemptState State)>> since)
    {
        var (span, step) = Ranges[range];
        // Bars start on whole steps (UTC), the last one holding now.
        var end = new DateTimeOffset((now.UtcTicks / step.Ticks + 1) * step.Ticks, TimeSpan.Zero);
        var count = (int)(span.Ticks / step.Ticks);
        var start = end - count * step;
        var failed = new int[count];
        var banned = new int[count];
        var attempts = since(start);
        foreach (var (attempt, _) in attempts)
        {
            var index = (int)((attempt.Time.UtcTicks - start.UtcTicks) / step.Ticks);
            if (index is >= 0 && index < count)
            {
                (attempt.Type == LoginEventType.IpBanned ? banned : failed)[index]++;
            }
        }
        var buckets = Enumerable.Range(0, count).Select(i => new AttemptBucket(start + i * step, failed[i], banned[i])).ToList();
        var recent = attempts.TakeLast(MaxRecent).Reverse().Select(a => View(a.Attempt, a.State)).ToList();
        return new AttemptsView(range, (long)step.TotalSeconds, attempts.Count, buckets, recent);
    }

    private static AttemptView View(LoginAttempt attempt, AttemptState state) => new(
        attempt.Time,
        attempt.Ip,
        attempt.Host,
        attempt.Type == LoginEventType.IpBanned ? "ip_banned" : "failed_login",
        attempt.Kind switch
        {
            LoginAttemptKind.Password => "password",
            LoginAttemptKind.TokenRefresh => "token_refresh",
            LoginAttemptKind.ApiToken => "api_token",
            _ => "unknown",
        },
        state switch
        {
            AttemptState.Alerted => "alerted",
            AttemptState.Folded => "folded",
            _ => "waiting",
        });
}
