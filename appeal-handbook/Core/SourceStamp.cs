namespace AppealHandbook.Core;

/// <summary>
/// A file's length and last write time (UTC ticks), which tell that it changed without reading it.
/// The default stamp is unknown and matches nothing.
/// </summary>
/// <param name="Length">Bytes.</param>
/// <param name="ModifiedTicks">Last write time, UTC ticks.</param>
public readonly record struct SourceStamp(long Length, long ModifiedTicks)
{
    /// <summary>Whether this is a real stamp (a file has a write time).</summary>
    public bool IsKnown => ModifiedTicks != 0;

    /// <summary>Whether <paramref name="other"/> is known and the same.</summary>
    public bool Matches(SourceStamp other) => IsKnown && this == other;
}
