using Gatehouse.Logins.Notices;
using Gatehouse.Options;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Logins.Recording;

/// <summary>
/// The durable record of every attempt (DESIGN.md §4.4): appended and on disk before any alert goes out,
/// bounded by <see cref="AttemptLogLimits"/>, survives restarts, and never fatal: a damaged line is skipped,
/// an unreadable file is set aside, and a disk that refuses writes still lets alerts go out.
/// Also the source of the login figures the entities show.
/// </summary>
internal sealed class AttemptLog : ILoginFiguresSource
{
    public const string FileName = "attempts.jsonl";

    /// <summary>How far below a limit compaction goes.</summary>
    private const double CompactTo = 0.75;

    private readonly AttemptLogFile _file;
    private readonly AttemptLogLimits _limits;
    private readonly TimeProvider _time;
    private readonly IpBansFile _ipBans;
    private readonly ILogger<AttemptLog> _logger;
    private readonly Lock _lock = new();
    /// <summary>
    /// The kept attempts by key: one entry each, its value inline (a storm keeps tens of thousands, and every object
    /// per attempt costs memory a Raspberry Pi does not have).
    /// </summary>
    private readonly Dictionary<string, KeptAttempt> _kept = new(StringComparer.Ordinal);
    private readonly LoginStatistics _statistics = new();
    private readonly AddressIndex _addresses = new();
    /// <summary>
    /// The oldest and newest kept attempt's times, null when none is kept: compaction is checked after every write,
    /// and in a storm of thousands a scan of every kept attempt per write was most of what the pipeline allocated.
    /// </summary>
    private (DateTimeOffset Oldest, DateTimeOffset Newest)? _span;
    private bool _writeFailing;

    public AttemptLog(GatehouseEnvironment environment, AttemptLogLimits limits, IpBansFile ipBans, TimeProvider time, ILogger<AttemptLog> logger)
    {
        _file = new AttemptLogFile(Path.Combine(environment.DataDirectory, FileName));
        _limits = limits;
        _ipBans = ipBans;
        _time = time;
        _logger = logger;
    }

    public LoginFigures Current
    {
        get
        {
            // Read outside the lock: a slow read of ip_bans.yaml must not hold up recording.
            var bans = _ipBans.Read();
            lock (_lock)
            {
                return _statistics.Figures(_time.GetUtcNow(), bans);
            }
        }
    }

    /// <summary>Reads the file (once, at start), setting aside what cannot be read and compacting what is too old.</summary>
    public void Load()
    {
        lock (_lock)
        {
            var (lines, damaged) = ReadOrSetAside();
            var upgradedKeys = false;
            long carried = 0;
            var records = new List<AttemptRecord>();
            foreach (var line in lines)
            {
                switch (AttemptLogJson.Read(line))
                {
                    case null:
                        damaged++;
                        break;
                    case { Line: AttemptRecord.CarryLine, Total: { } total }:
                        carried += total;
                        break;
                    case { Key: { } key } record when LoginNotice.UpgradeKey(key) is var upgraded && upgraded != key:
                        records.Add(record with { Key = upgraded });
                        upgradedKeys = true;
                        break;
                    case var record:
                        records.Add(record);
                        break;
                }
            }
            if (damaged > 0)
            {
                Log.AttemptLogLinesSkipped(_logger, damaged, _file.Path);
            }
            _statistics.Carry(carried);
            foreach (var record in records)
            {
                Apply(record);
            }
            try
            {
                CompactIfNeeded(force: damaged > 0 || upgradedKeys);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The attempts are in memory; the next write tries again. Never a reason not to start.
                Log.AttemptLogWriteFailed(_logger, _file.Path, exception.Message);
            }
            Log.AttemptLogLoaded(_logger, _kept.Count, _statistics.Total);
        }
    }

    /// <summary>False for an attempt the disk refused: its HA notice is then the only lasting trace and stays.</summary>
    public bool IsOnDisk(string key)
    {
        lock (_lock)
        {
            return _kept.TryGetValue(key, out var kept) && kept.OnDisk;
        }
    }

    public AttemptState StateOf(string key)
    {
        lock (_lock)
        {
            return _kept.TryGetValue(key, out var kept) ? kept.State : AttemptState.New;
        }
    }

    /// <summary>True once the attempt's alert went out, alone or folded into a summary or digest.</summary>
    public bool IsAlerted(string key) => StateOf(key) is AttemptState.Alerted or AttemptState.Folded;

    /// <summary>Failed logins from one address since a time, for "3 attempts from this address in 24 hours".</summary>
    public int FailedFrom(string ip, DateTimeOffset since)
    {
        lock (_lock)
        {
            return _addresses.FailedFrom(ip, since);
        }
    }

    /// <summary>The string the log already keeps for an address (or the address itself), for a new attempt to share.</summary>
    public string KeptAddress(string ip)
    {
        lock (_lock)
        {
            return _addresses.Kept(ip);
        }
    }

    /// <summary>The kept attempts since a time, oldest first, with how far each got: the panel's chart and list.</summary>
    public IReadOnlyList<(LoginAttempt Attempt, AttemptState State)> Since(DateTimeOffset since)
    {
        lock (_lock)
        {
            return _kept.Values
                .Where(k => k.Attempt.Time >= since)
                .OrderBy(k => k.Attempt.Time)
                .Select(k => (k.Attempt, k.State))
                .ToList();
        }
    }

    /// <summary>The kept failed logins (not bans) since a time, oldest first: what the daily digest counts.</summary>
    public IReadOnlyList<LoginAttempt> FailedSince(DateTimeOffset since) =>
        [.. Since(since).Select(a => a.Attempt).Where(a => a.Type == LoginEventType.FailedLogin)];

    /// <summary>Attempts recorded whose alert never went out (Gatehouse stopped first).</summary>
    public IReadOnlyList<(string Key, LoginAttempt Attempt)> Unalerted()
    {
        lock (_lock)
        {
            return _kept
                .Where(k => k.Value.State == AttemptState.Recorded)
                .Select(k => (k.Key, k.Value.Attempt))
                .ToList();
        }
    }

    /// <summary>Records new attempts with one disk flush for the batch. False when the disk refused them (they are still counted).</summary>
    public bool Record(IReadOnlyList<(string Key, LoginAttempt Attempt)> attempts)
    {
        lock (_lock)
        {
            var records = attempts
                .Where(a => !_kept.ContainsKey(a.Key))
                .Select(a => AttemptRecord.ForAttempt(a.Key, a.Attempt))
                .ToList();
            foreach (var record in records)
            {
                Apply(record);
            }
            if (Persist(records))
            {
                return true;
            }
            foreach (var record in records)
            {
                if (_kept.TryGetValue(record.Key!, out var kept))
                {
                    _kept[record.Key!] = kept with { OnDisk = false };
                }
            }
            return false;
        }
    }

    /// <summary>
    /// Replaces recorded attempts' details (URL, user agent, kind) with what enrichment found after they were
    /// written: the lookup runs while the attempts are flushed, not before. Flushed like every line: a details line
    /// torn by a power cut would otherwise be the torn tail the next append cuts off, with what followed it.
    /// </summary>
    public void Enrich(IReadOnlyList<(string Key, LoginAttempt Attempt)> attempts)
    {
        lock (_lock)
        {
            var records = attempts
                .Where(a => ReplaceDetails(a.Key, a.Attempt))
                .Select(a => AttemptRecord.ForDetails(a.Key, a.Attempt))
                .ToList();
            Persist(records);
        }
    }

    /// <summary>
    /// Marks attempts as alerted, so a restart does not alert them again, each with whether it went out folded into a
    /// summary or digest (the panel says which). One disk write for all.
    /// </summary>
    public bool MarkAlerted(IReadOnlyCollection<(string Key, bool Folded)> alerted)
    {
        lock (_lock)
        {
            var records = alerted
                .Where(a => StateOf(a.Key) == AttemptState.Recorded)
                .DistinctBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => AttemptRecord.ForAlerted(a.Key, a.Folded))
                .ToList();
            foreach (var record in records)
            {
                Apply(record);
            }
            return Persist(records);
        }
    }

    /// <summary>The file's readable lines and how many could not be read.</summary>
    private (IReadOnlyList<string> Lines, int Dropped) ReadOrSetAside()
    {
        try
        {
            if (_file.ReadLines() is { } read)
            {
                return read;
            }
            Log.AttemptLogSetAside(_logger, _file.Path, _file.SetAside(_time.GetUtcNow()));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.AttemptLogWriteFailed(_logger, _file.Path, exception.Message);
        }
        return ([], 0);
    }

    private void Apply(AttemptRecord record)
    {
        if (record.Line == AttemptRecord.DetailsLine)
        {
            // Compaction writes the attempt line with these details, so they are not kept as a line of their own.
            ReplaceDetails(record.Key!, record.Attempt!);
        }
        else if (record.Line == AttemptRecord.AttemptLine && !_kept.ContainsKey(record.Key!))
        {
            _statistics.Add(record.Attempt!);
            _addresses.Add(record.Attempt!);
            _kept[record.Key!] = new KeptAttempt(record.Attempt!, AttemptState.Recorded, OnDisk: true);
            var time = record.Attempt!.Time;
            _span = _span is var (oldest, newest) ? (time < oldest ? time : oldest, time > newest ? time : newest) : (time, time);
        }
        else if (record.Line == AttemptRecord.AlertedLine && _kept.TryGetValue(record.Key!, out var kept))
        {
            // The state is all an alerted line says: compaction writes it again from the state.
            _kept[record.Key!] = kept with { State = record.Folded == true ? AttemptState.Folded : AttemptState.Alerted };
        }
    }

    /// <summary>False when the attempt is unknown or its details are unchanged. Enrichment never changes time, type or address.</summary>
    private bool ReplaceDetails(string key, LoginAttempt attempt)
    {
        if (!_kept.TryGetValue(key, out var kept) || kept.Attempt == attempt)
        {
            return false;
        }
        _statistics.Replace(kept.Attempt, attempt);
        _kept[key] = kept with { Attempt = attempt };
        return true;
    }

    private bool Persist(List<AttemptRecord> records)
    {
        if (records.Count == 0)
        {
            return true;
        }
        try
        {
            _file.Append(records.Select(AttemptLogJson.Write));
            CompactIfNeeded(force: false);
            if (_writeFailing)
            {
                _writeFailing = false;
                Log.AttemptLogWritable(_logger, _file.Path);
            }
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (!_writeFailing)
            {
                _writeFailing = true;
                Log.AttemptLogWriteFailed(_logger, _file.Path, exception.Message);
            }
            return false;
        }
    }

    /// <summary>
    /// When the file, the attempts or their age pass a limit: rewrites the file (which alone drops details and
    /// duplicate lines), dropping attempts past the age or count limit down to <see cref="CompactTo"/> of it, and
    /// halves what is kept only while the rewritten file is still too large. Compacting below the limits means the
    /// next rewrite is far off: near a limit, every batch would otherwise rewrite and fsync the whole file. Ages are
    /// measured from the newest attempt's own time (or the clock, if earlier): a clock that jumps ahead erases
    /// nothing. The all-time total is kept in a carry line.
    /// </summary>
    private void CompactIfNeeded(bool force)
    {
        var now = _time.GetUtcNow();
        var reference = _span is { Newest: var newest } && newest < now ? newest : now;
        var tooOld = _span is { Oldest: var oldest } && oldest < reference - _limits.MaxAge;
        var tooMany = _kept.Count > _limits.MaxAttempts;
        if (!force && !tooOld && !tooMany && _file.Length <= _limits.MaxFileBytes)
        {
            return;
        }
        var cutoff = reference - (tooOld ? _limits.MaxAge * CompactTo : _limits.MaxAge);
        var keep = tooMany ? (int)(_limits.MaxAttempts * CompactTo) : _limits.MaxAttempts;
        Drop(OldestFirst().Where(k => k.Value.Attempt.Time < cutoff).Concat(OldestFirst().SkipLast(keep)));
        Rewrite();
        while (_file.Length > _limits.MaxFileBytes * CompactTo && _kept.Count > 0)
        {
            Drop(OldestFirst().Take(Math.Max(1, _kept.Count / 2)));
            Rewrite();
        }
    }

    private IEnumerable<KeyValuePair<string, KeptAttempt>> OldestFirst() =>
        _kept.OrderBy(k => k.Value.Attempt.Time);

    /// <summary>Forgets attempts: their lines, states and figures (the total keeps counting them).</summary>
    private void Drop(IEnumerable<KeyValuePair<string, KeptAttempt>> kept)
    {
        var dropped = kept.DistinctBy(k => k.Key, StringComparer.Ordinal).ToList();
        if (dropped.Count == 0)
        {
            return;
        }
        var attempts = dropped.ConvertAll(k => k.Value.Attempt);
        _statistics.Forget(attempts);
        attempts.ForEach(_addresses.Forget);
        foreach (var (key, _) in dropped)
        {
            _kept.Remove(key);
        }
        // A scan, but only when compaction dropped something: rare, and followed by a rewrite of the whole file.
        _span = _kept.Count == 0 ? null : (_kept.Values.Min(k => k.Attempt.Time), _kept.Values.Max(k => k.Attempt.Time));
    }

    /// <summary>The carry line, then each kept attempt, oldest first, followed by its alerted line once alerted or folded.</summary>
    private void Rewrite() =>
        _file.Replace(new[] { AttemptLogJson.Write(AttemptRecord.ForCarry(_statistics.Carried)) }.Concat(OldestFirst().SelectMany(Lines)));

    private static IEnumerable<string> Lines(KeyValuePair<string, KeptAttempt> kept)
    {
        var (key, (attempt, state, _)) = kept;
        yield return AttemptLogJson.Write(AttemptRecord.ForAttempt(key, attempt));
        if (state is AttemptState.Alerted or AttemptState.Folded)
        {
            yield return AttemptLogJson.Write(AttemptRecord.ForAlerted(key, state == AttemptState.Folded));
        }
    }
}
