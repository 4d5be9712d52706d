namespace Gatehouse.Checks.Reports;

/// <summary>The forms <c>Gatehouse audit --format</c> prints a report in.</summary>
internal enum ReportFormat
{
    /// <summary>A table for people at a terminal; colour only when the output is one.</summary>
    Text,

    /// <summary><c>{"score","generated_at","checks":[…]}</c> for scripts and CI.</summary>
    Json,

    /// <summary>For an issue, a wiki page or a CI summary.</summary>
    Markdown,
}
