using System.Buffers.Binary;
using System.IO.Hashing;

namespace AppealHandbook.Core;

/// <summary>
/// The hash the build cache keeps of content (sources, files it wrote, the other inputs, the cache
/// file itself): XXH128, a non-cryptographic 128-bit hash, as two 64-bit halves.
/// </summary>
/// <remarks>
/// <para>
/// A rebuild hashes the whole cache file twice (read and saved) and every file it writes, some of
/// them tens of megabytes: XXH128 does that at memory speed, many times faster than SHA-256. The
/// cache guards against accidents (edits, truncation, another engine), not against someone who
/// crafts collisions in their own checkout, for whom any local cache is already theirs to change.
/// </para>
/// <para>
/// Not <see cref="UInt128"/>: ReadyToRun compiles no method that handles one, so every method of
/// the cache would be compiled again at each run, and start unoptimized.
/// </para>
/// </remarks>
/// <param name="High">The first 64 bits.</param>
/// <param name="Low">The last 64 bits.</param>
public readonly record struct ContentHash(ulong High, ulong Low)
{
    /// <summary>The size of a hash as the cache file ends with it, in bytes.</summary>
    public const int Size = 16;

    /// <summary>The hash of <paramref name="bytes"/>.</summary>
    public static ContentHash Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[Size];
        XxHash128.Hash(bytes, digest);
        return FromBytes(digest);
    }

    /// <summary>The hash of a text's UTF-16 code units.</summary>
    public static ContentHash Of(string text) => Of(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));

    /// <summary>The hash of what <paramref name="hash"/> was given so far.</summary>
    public static ContentHash Of(XxHash128 hash)
    {
        Span<byte> digest = stackalloc byte[Size];
        hash.GetCurrentHash(digest);
        return FromBytes(digest);
    }

    /// <summary>A hash fed in parts.</summary>
    public static XxHash128 Incremental() => new();

    /// <summary>The hash written as <paramref name="digest"/>'s <see cref="Size"/> bytes (<see cref="CopyTo"/>).</summary>
    public static ContentHash FromBytes(ReadOnlySpan<byte> digest) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(digest), BinaryPrimitives.ReadUInt64BigEndian(digest[8..]));

    /// <summary>Writes the hash as <see cref="Size"/> bytes, as XXH128 gives its digest.</summary>
    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, High);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], Low);
    }
}
