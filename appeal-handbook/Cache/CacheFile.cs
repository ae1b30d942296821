using System.Text;
using AppealHandbook.Core;

namespace AppealHandbook.Cache;

/// <summary>
/// The build cache on disk, one file: a magic string, the format version, the engine that made it
/// (<see cref="EngineIdentity"/>), the contents (<see cref="CacheEncoding"/>), and a hash of all of
/// that at the end (<see cref="ContentHash"/>). A cache that fails any of these checks is not used, and says why.
/// </summary>
internal static class CacheFile
{
    /// <summary>The format version; raise it whenever <see cref="CacheEncoding"/> changes.</summary>
    public const int Version = 3;

    /// <summary>The cache file's name inside the cache folder.</summary>
    public const string Name = "build.cache";

    private static readonly byte[] Magic = "appeal-handbook build cache\n"u8.ToArray();

    /// <summary>The contents of <paramref name="path"/>; throws <see cref="CacheUnusable"/> with the reason it cannot be used.</summary>
    public static CacheContents Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CacheUnusable($"it cannot be read: {ex.Message}");
        }

        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new CacheUnusable("it is not a build cache");
        }

        if (bytes.Length < Magic.Length + ContentHash.Size
            || ContentHash.Of(bytes.AsSpan(0, bytes.Length - ContentHash.Size)) != ContentHash.FromBytes(bytes.AsSpan(bytes.Length - ContentHash.Size)))
        {
            throw new CacheUnusable("it is truncated or corrupt");
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length, bytes.Length - Magic.Length - ContentHash.Size, writable: false, publiclyVisible: true), Encoding.UTF8);
            var version = reader.ReadInt32();
            var engine = reader.ReadString();
            if (version != Version || engine != EngineIdentity.Current)
            {
                throw new CacheUnusable("it was made by another version of the engine");
            }

            var contents = CacheEncoding.Read(reader);
            return reader.BaseStream.Position == reader.BaseStream.Length ? contents : throw new InvalidDataException("bytes after the end");
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            throw new CacheUnusable("it is corrupt");
        }
    }

    /// <summary>
    /// What decoding bytes that are not a cache throws; the articles are decoded side by side, so it may come gathered.
    /// The bytes are in memory: an <see cref="IOException"/> is the reader refusing them (past the end, a string length below zero), never the disk.
    /// </summary>
    private static bool IsCorruption(Exception ex) =>
        ex is AggregateException gathered ? gathered.InnerExceptions.All(IsCorruption)
        : ex is IOException or InvalidDataException or FormatException or ArgumentException or OverflowException or DecoderFallbackException;

    /// <summary>Writes <paramref name="contents"/> to <paramref name="path"/> whole or not at all: a new file, given the name once complete.</summary>
    public static void Write(string path, CacheContents contents)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var hashed = new HashingStream(file))
        {
            // The writer's many small writes are gathered before they are hashed and written
            // (not disposed here: that would close the hashing stream before its hash is read).
            var buffered = new BufferedStream(hashed, 1 << 16);
            var writer = new BinaryWriter(buffered, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(EngineIdentity.Current);
            CacheEncoding.Write(writer, contents);
            writer.Flush();
            buffered.Flush();
            Span<byte> hash = stackalloc byte[ContentHash.Size];
            hashed.Hash().CopyTo(hash);
            file.Write(hash);
        }

        // The old file goes first: renaming over it would make ext4 write the new one to disk
        // before the rename returns (auto_da_alloc), tens of megabytes on every build. A build
        // stopped in between loses only the cache, and the next build is a clean one.
        File.Delete(path);
        File.Move(temporary, path);
    }
}
