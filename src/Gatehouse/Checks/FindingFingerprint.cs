using System.Security.Cryptography;
using System.Text;
using Gatehouse.Checks.Reports;

namespace Gatehouse.Checks;

/// <summary>A short hash of a finding's status and text: equal while the finding reads the same, different once it changes.</summary>
internal static class FindingFingerprint
{
    public static string Of(CheckStatus status, string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{status.Name()}\n{text}")).AsSpan(0, 12));
}
