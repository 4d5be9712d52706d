using System.Text.Json.Serialization;
using Gatehouse.Checks;

namespace Gatehouse.Acceptance;

/// <summary>The file's shape: <c>{"accepted":[{"finding_id","fingerprint","reason","accepted_by","accepted_at","until"}]}</c>.</summary>
internal sealed record AcceptedRisksDocument(IReadOnlyList<AcceptedRisk> Accepted);

/// <summary>Source-generated: no reflection, so NativeAOT keeps it whole.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, MaxDepth = 8)]
[JsonSerializable(typeof(AcceptedRisksDocument))]
internal sealed partial class AcceptedRisksJson : JsonSerializerContext;
