using System.Text.Json.Serialization;

namespace Gatehouse.Panel;

/// <summary>One bar of the failed-logins chart: attempts and bans that started in [start, start + the range's step).</summary>
internal sealed record AttemptBucket(DateTimeOffset Start, int Failed, int Banned);

/// <summary>One recorded attempt as the panel lists it.</summary>
/// <param name="Kind">How it was classified: password, token_refresh, api_token or unknown.</param>
/// <param name="State">alerted (its own alert went out), folded (it went out folded into a summary or digest) or waiting (not yet).</param>
internal sealed record AttemptView(DateTimeOffset Time, string? Ip, string? Host, string Type, string Kind, string State);

/// <summary><c>api/attempts</c>: the chart over a range and the newest attempts.</summary>
internal sealed record AttemptsView(string Range, long StepSeconds, int Total, IReadOnlyList<AttemptBucket> Buckets, IReadOnlyList<AttemptView> Recent);

/// <summary><c>api/bans</c>: the addresses HA has banned (ip_bans.yaml).</summary>
internal sealed record BansView(IReadOnlyList<string> Addresses);

/// <summary>POST <c>api/accept</c>.</summary>
internal sealed record AcceptRequest(string? FindingId, string? Reason, string? Period);

/// <summary>POST <c>api/withdraw</c>.</summary>
internal sealed record WithdrawRequest(string? FindingId);

/// <summary>What the panel answers to a change or a refusal.</summary>
internal sealed record PanelMessage(string Message);

/// <summary>Source-generated: no reflection, so NativeAOT keeps it whole; the depth limit bounds what a request body may nest.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, MaxDepth = 4)]
[JsonSerializable(typeof(AttemptsView))]
[JsonSerializable(typeof(BansView))]
[JsonSerializable(typeof(AcceptRequest))]
[JsonSerializable(typeof(WithdrawRequest))]
[JsonSerializable(typeof(PanelMessage))]
internal sealed partial class PanelJson : JsonSerializerContext;
