namespace Gatehouse.Options;

/// <summary>Everything Gatehouse was configured with: the owner's options and the environment it runs in.</summary>
internal sealed record GatehouseConfiguration(GatehouseOptions Options, GatehouseEnvironment Environment);
