using Gatehouse.Checks.Reports;

namespace Gatehouse.Cli.Audit;

/// <summary>What <c>Gatehouse audit</c> was asked for; unset flags fall back to the documented environment variables.</summary>
internal sealed record AuditRequest(string? ConfigDirectory, Uri? HaUrl, string? Token, ReportFormat Format);
