using System.Security.Cryptography;
using System.Text;
using Gatehouse.Logging;

namespace Gatehouse.Checks;

/// <summary>
/// Builds finding ids: <c>&lt;check&gt;:&lt;kind&gt;:&lt;subject&gt;</c>. The subject comes from the config folder, HA or
/// the network (a file name, a user id, a host), so it is made printable and cut to a bounded length; a
/// subject cut short keeps a hash of the whole so two long names still get two ids.
/// </summary>
internal static class FindingIds
{
    public const int MaxSubjectLength = 160;

    /// <summary>The kind of the one finding a warning or failing check gets when it names no finding of its own.</summary>
    public const string WholeCheckKind = "check";

    public static string Of(string checkId, string kind, string subject) => $"{checkId}:{kind}:{Subject(subject)}";

    /// <summary>For a verdict about the check as a whole (IP banning off, no backup): <c>ip_ban:check:result</c>.</summary>
    public static string WholeCheck(string checkId) => Of(checkId, WholeCheckKind, "result");

    /// <summary>The check an id belongs to: the part before the first colon.</summary>
    public static string CheckOf(string findingId) => findingId.Split(':', 2)[0];

    private static string Subject(string subject)
    {
        var clean = PrintableText.Clean(subject);
        if (clean.Length <= MaxSubjectLength)
        {
            return clean;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)).AsSpan(0, 4));
        return $"{clean[..(MaxSubjectLength - 9)]}…{hash}";
    }
}
