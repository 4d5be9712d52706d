namespace Gatehouse.HaConfig;

/// <summary>The outcome of reading one part of the config folder: its content, its absence, or why it could not be read.</summary>
internal sealed record ConfigRead<T>(T? Value, bool Missing, string? Problem)
{
    public static ConfigRead<T> Absent { get; } = new(default, true, null);

    public static ConfigRead<T> Failed(string problem) => new(default, false, problem);

    public static ConfigRead<T> Read(T value) => new(value, false, null);
}
