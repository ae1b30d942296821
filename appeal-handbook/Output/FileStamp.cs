using System.Security.Cryptography;

namespace AppealHandbook.Output;

/// <summary>
/// What a build knows of a file it wrote: a hash of its content, and its length and last write
/// time, which tell a file changed since then without reading it.
/// </summary>
/// <param name="Hash">The first 128 bits of the content's SHA-256.</param>
/// <param name="Length">Bytes.</param>
/// <param name="ModifiedTicks">Last write time, UTC ticks.</param>
public readonly record struct FileStamp(UInt128 Hash, long Length, long ModifiedTicks)
{
    /// <summary>The hash <see cref="FileStamp"/> keeps of <paramref name="bytes"/>.</summary>
    public static UInt128 HashOf(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        return new UInt128(BitConverter.ToUInt64(digest[..8]), BitConverter.ToUInt64(digest[8..16]));
    }

    /// <summary>Whether the file on disk still has the length and last write time recorded.</summary>
    public bool Matches(FileInfo file) => file.Length == Length && file.LastWriteTimeUtc.Ticks == ModifiedTicks;
}
