namespace Gatehouse.IntegrationTests.Fakes.Supervisor;

/// <summary>One request the fake Supervisor saw: what was asked and how the caller authenticated.</summary>
internal sealed record RecordedSupervisorRequest(string Path, string Query, string? Authorization, string? Accept);
