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
    private readonly Dictionary<string, AttemptState> _states = new(StringComparer.Ordinal);
    /// <summary>The kept attempts by key, with their newest details; states are in <see cref="_states"/>.</summary>
    private readonly Dictionary<string, AttemptRecord> _kept = new(StringComparer.Ordinal);
    private readonly LoginStatistics _statistics = new();
    private readonly AddressIndex _addresses = new();
    private readonly HashSet<string> _notOnDisk = new(StringComparer.Ordinal);
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
            return _states.ContainsKey(key) && !_notOnDisk.Contains(key);
        }
    }

    public AttemptState StateOf(string key)
    {
        lock (_lock)
        {
            return _states.GetValueOrDefault(key, AttemptState.New);
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

    /// <summary>The kept attempts since a time, oldest first, with how far each got: the panel's chart and list.</summary>
    public IReadOnlyList<(LoginAttempt Attempt, AttemptState State)> Since(DateTimeOffset since)
    {
        lock (_lock)
        {
            return _kept.Values
                .Where(r => r.Attempt!.Time >= since)
                .OrderBy(r => r.Attempt!.Time)
                .Select(r => (r.Attempt!, _states.GetValueOrDefault(r.Key!)))
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
            return _kept.Values
                .Where(r => _states.GetValueOrDefault(r.Key!) == AttemptState.Recorded)
                .Select(r => (r.Key!, r.Attempt!))
                .ToList();
        }
    }

    /// <summary>Records new attempts with one disk flush for the batch. False when the disk refused them (they are still counted).</summary>
    public bool Record(IReadOnlyList<(string Key, LoginAttempt Attempt)> attempts)
    {
        lock (_lock)
        {
            var records = attempts
                .Where(a => !_states.ContainsKey(a.Key))
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
            _notOnDisk.UnionWith(records.Select(r => r.Key!));
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
                .Where(a => _states.GetValueOrDefault(a.Key) == AttemptState.Recorded)
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
        else if (record.Line == AttemptRecord.AttemptLine && !_states.ContainsKey(record.Key!))
        {
            _states[record.Key!] = AttemptState.Recorded;
            _statistics.Add(record.Attempt!);
            _addresses.Add(record.Attempt!);
            _kept[record.Key!] = record;
        }
        else if (record.Line == AttemptRecord.AlertedLine && _states.ContainsKey(record.Key!))
        {
            // The state is all an alerted line says: compaction writes it again from the state.
            _states[record.Key!] = record.Folded == true ? AttemptState.Folded : AttemptState.Alerted;
        }
    }

    /// <summary>False when the attempt is unknown or its details are unchanged. Enrichment never changes time, type or address.</summary>
    private bool ReplaceDetails(string key, LoginAttempt attempt)
    {
        if (!_kept.TryGetValue(key, out var kept) || kept.Attempt == attempt)
        {
            return false;
        }
        _statistics.Replace(kept.Attempt!, attempt);
        _kept[key] = AttemptRecord.ForAttempt(key, attempt);
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
        var attempts = _kept.Values.Select(r => r.Attempt!).ToList();
        var newest = attempts.Count == 0 ? _time.GetUtcNow() : attempts.Max(a => a.Time);
        var reference = newest < _time.GetUtcNow() ? newest : _time.GetUtcNow();
        var tooOld = attempts.Count > 0 && attempts.Min(a => a.Time) < reference - _limits.MaxAge;
        var tooMany = attempts.Count > _limits.MaxAttempts;
        if (!force && !tooOld && !tooMany && _file.Length <= _limits.MaxFileBytes)
        {
            return;
        }
        var cutoff = reference - (tooOld ? _limits.MaxAge * CompactTo : _limits.MaxAge);
        var keep = tooMany ? (int)(_limits.MaxAttempts * CompactTo) : _limits.MaxAttempts;
        Drop(OldestFirst().Where(r => r.Attempt!.Time < cutoff).Concat(OldestFirst().SkipLast(keep)));
        Rewrite();
        while (_file.Length > _limits.MaxFileBytes * CompactTo && _kept.Count > 0)
        {
            Drop(OldestFirst().Take(Math.Max(1, _kept.Count / 2)));
            Rewrite();
        }
    }

    private IEnumerable<AttemptRecord> OldestFirst() =>
        _kept.Values.OrderBy(r => r.Attempt!.Time);

    /// <summary>Forgets attempts: their lines, states and figures (the total keeps counting them).</summary>
    private void Drop(IEnumerable<AttemptRecord> records)
    {
        var dropped = records.DistinctBy(r => r.Key, StringComparer.Ordinal).ToList();
        var keys = dropped.Select(r => r.Key!).ToHashSet(StringComparer.Ordinal);
        var attempts = dropped.ConvertAll(r => r.Attempt!);
        _statistics.Forget(attempts);
        attempts.ForEach(_addresses.Forget);
        foreach (var key in keys)
        {
            _kept.Remove(key);
            _states.Remove(key);
        }
        _notOnDisk.ExceptWith(keys);
    }

    /// <summary>The carry line, then each kept attempt, oldest first, followed by its alerted line once alerted or folded.</summary>
    private void Rewrite() =>
        _file.Replace(new[] { AttemptLogJson.Write(AttemptRecord.ForCarry(_statistics.Carried)) }.Concat(OldestFirst().SelectMany(Lines)));

    private IEnumerable<string> Lines(AttemptRecord attempt)
    {
        yield return AttemptLogJson.Write(attempt);
        if (_states.GetValueOrDefault(attempt.Key!) is (AttemptState.Alerted or AttemptState.Folded) and var state)
        {
            yield return AttemptLogJson.Write(AttemptRecord.ForAlerted(attempt.Key!, state == AttemptState.Folded));
        }
    }
}
