using Gatehouse.Checks;
using Gatehouse.Logging;
using Gatehouse.Options;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Acceptance;

/// <summary>
/// The accepted risks, kept in <see cref="AcceptedRisksFile"/> and in memory. Read once, on first use; every
/// change is written before it is answered, so an acceptance the panel showed survives a restart or an update.
/// Expired acceptances stay in the file (the panel shows them as expired) until the list is full. Thread-safe.
/// </summary>
internal sealed class AcceptedRisks(GatehouseEnvironment environment, TimeProvider time, ILogger<AcceptedRisks> logger) : IAcceptedFindings
{
    private readonly AcceptedRisksFile _file = new(environment.DataDirectory);
    private readonly Lock _lock = new();
    private List<AcceptedRisk>? _accepted;

    public AcceptedRisk? Find(string findingId, CheckStatus status, string text)
    {
        var now = time.GetUtcNow();
        var fingerprint = FindingFingerprint.Of(status, text);
        lock (_lock)
        {
            return Loaded().FirstOrDefault(r => r.FindingId == findingId && r.Fingerprint == fingerprint && r.IsActiveAt(now));
        }
    }

    /// <summary>Every stored acceptance, the expired ones too.</summary>
    public IReadOnlyList<AcceptedRisk> All()
    {
        lock (_lock)
        {
            return [.. Loaded()];
        }
    }

    /// <summary>Accepts the finding as it reads now, replacing an earlier acceptance of it. Throws IOException when it cannot be stored.</summary>
    public AcceptedRisk Accept(string findingId, CheckStatus status, string text, string reason, TimeSpan period, string user)
    {
        var now = time.GetUtcNow();
        var risk = new AcceptedRisk(
            Bounded(findingId, AcceptanceLimits.MaxFindingIdLength),
            FindingFingerprint.Of(status, text),
            Bounded(reason, AcceptanceLimits.MaxReasonLength),
            Bounded(user, AcceptanceLimits.MaxUserLength),
            now,
            now + period);
        lock (_lock)
        {
            var next = Loaded().Where(r => r.FindingId != risk.FindingId).Append(risk).ToList();
            if (next.Count > AcceptanceLimits.MaxAcceptances)
            {
                // Full: the expired go first, then the oldest.
                next = [.. next.OrderBy(r => r.IsActiveAt(now)).ThenBy(r => r.AcceptedAt).Skip(next.Count - AcceptanceLimits.MaxAcceptances)];
            }
            _file.Write(next);
            _accepted = next;
        }
        Log.Accepted(logger, risk.AcceptedBy.Length > 0 ? risk.AcceptedBy : "The owner", risk.FindingId, risk.Until, risk.Reason);
        return risk;
    }

    /// <summary>Ends an acceptance now; false when there was none. Throws IOException when it cannot be stored.</summary>
    public bool Withdraw(string findingId, string user)
    {
        lock (_lock)
        {
            var current = Loaded();
            var next = current.Where(r => r.FindingId != findingId).ToList();
            if (next.Count == current.Count)
            {
                return false;
            }
            _file.Write(next);
            _accepted = next;
        }
        Log.Withdrawn(logger, user.Length > 0 ? PrintableText.Clean(user) : "The owner", PrintableText.Clean(findingId));
        return true;
    }

    private List<AcceptedRisk> Loaded()
    {
        if (_accepted is not null)
        {
            return _accepted;
        }
        try
        {
            _accepted = [.. _file.Read()];
        }
        catch (InvalidDataException exception)
        {
            Log.FileUnreadable(logger, _file.Path, exception.Message, _file.MoveAside(time.GetUtcNow()));
            _accepted = [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Not cached: the next look tries the file again.
            Log.FileUnavailable(logger, _file.Path, exception.Message);
            return [];
        }
        return _accepted;
    }

    private static string Bounded(string text, int length)
    {
        var clean = PrintableText.Clean(text.Trim());
        return clean.Length <= length ? clean : clean[..length];
    }
}
