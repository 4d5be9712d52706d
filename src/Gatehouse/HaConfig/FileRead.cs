namespace Gatehouse.HaConfig;

/// <summary>
/// What the read gate (<see cref="HaConfigFolder.Read"/>) gave back: the file's bytes, its absence, or why it was not
/// read. <see cref="Name"/> is the path as the owner knows it; <see cref="Problem"/> continues a sentence that starts with it.
/// </summary>
internal sealed record FileRead(string Name, byte[]? Bytes, bool Missing, string? Problem)
{
    /// <summary>The problem as one sentence: "packages/x.yaml is a named pipe…".</summary>
    public string Describe() => $"{Name} {Problem}";
}
