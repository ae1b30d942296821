using AppealHandbook.Core;

namespace AppealHandbook.Output;

/// <summary>
/// What a build knows of a file it wrote: a hash of its content, and its length and last write
/// time, which tell a file changed since then without reading it.
/// </summary>
/// <param name="Hash">The content's hash (<see cref="ContentHash"/>).</param>
/// <param name="Length">Bytes.</param>
/// <param name="ModifiedTicks">Last write time, UTC ticks.</param>
public readonly record struct FileStamp(ContentHash Hash, long Length, long ModifiedTicks)
{
    /// <summary>The hash <see cref="FileStamp"/> keeps of <paramref name="bytes"/>.</summary>
    public static ContentHash HashOf(ReadOnlySpan<byte> bytes) => ContentHash.Of(bytes);

    /// <summary>Whether the file on disk still has the length and last write time recorded.</summary>
    public bool Matches(FileInfo file) => file.Length == Length && file.LastWriteTimeUtc.Ticks == ModifiedTicks;
}
