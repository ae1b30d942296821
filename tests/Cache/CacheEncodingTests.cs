using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Hashing;
using AppealHandbook.Cache;
using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cache;

/// <summary>
/// Each article's record in the cache is preceded by its length, and the records are decoded side
/// by side. A wrong length in a file whose checksum is right (a writer's bug, which the checksum
/// cannot catch) must still make the cache "corrupt": one line, and a clean build.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class CacheEncodingTests
{
    [Theory]
    [InlineData("one byte longer")]
    [InlineData("one byte shorter")]
    [InlineData("below zero")]
    [InlineData("past the end of the file")]
    public void A_record_with_a_broken_length_is_one_note_and_a_clean_build(string broken)
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        var file = Path.Combine(builds.Cache, CacheFile.Name);
        var bytes = File.ReadAllBytes(file);
        var at = RecordLengthAt(bytes, CacheFile.Read(file), record: 5);
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
        File.WriteAllBytes(file, WithRecordLength(bytes, at, broken switch
        {
            "one byte longer" => length + 1,
            "one byte shorter" => length - 1,
            "below zero" => -1,
            _ => bytes.Length,
        }));

        builds.AssertUnusableThenRebuiltClean("it is corrupt", $"record length {broken}");
    }

    [Fact]
    public void A_record_whose_first_text_has_a_length_below_zero_is_one_note_and_a_clean_build()
    {
        // BinaryReader refuses a string length below zero with a plain IOException, not the
        // EndOfStreamException a short record gives: it must count as corruption all the same.
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        var file = Path.Combine(builds.Cache, CacheFile.Name);
        var bytes = File.ReadAllBytes(file);
        var pathAt = RecordLengthAt(bytes, CacheFile.Read(file), record: 5) + 4;
        byte[] minusOne = [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]; // -1 in the seven-bit encoding BinaryWriter gives a string's length
        minusOne.CopyTo(bytes, pathAt);
        File.WriteAllBytes(file, WithChecksum(bytes));

        builds.AssertUnusableThenRebuiltClean("it is corrupt", "text length -1");
    }

    [Fact]
    public void A_record_kept_as_it_was_decoded_is_written_back_as_the_bytes_it_came_from()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        var bytes = Encoded(CacheFile.Read(Path.Combine(builds.Cache, CacheFile.Name)));
        var contents = Decoded(bytes);
        // A mark in the bytes record 5 came from, made after it was decoded: only a copy carries it.
        var path = System.Text.Encoding.UTF8.GetBytes(contents.Articles[5].Path);
        var at = bytes.AsSpan().IndexOf(path);
        bytes[at + path.Length - 1] = (byte)'#';

        var copied = Encoded(contents);
        var changed = Encoded(contents with { Articles = contents.Articles.SetItem(5, contents.Articles[5] with { EvidenceItems = 7 }) });

        Assert.Equal(bytes, copied);
        var decoded = Decoded(changed);
        Assert.Equal((contents.Articles[5].Path, 7), (decoded.Articles[5].Path, decoded.Articles[5].EvidenceItems));
        Assert.Equal(contents.Articles.Select(a => a.Signature), decoded.Articles.Select(a => a.Signature));
    }

    [Fact]
    public void Every_wrong_length_of_a_record_makes_the_cache_corrupt()
    {
        // Each length shifts where the following records seem to start, so the decoder meets every
        // kind of misread field, in whichever record decodes first.
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        var file = Path.Combine(builds.Cache, CacheFile.Name);
        var bytes = File.ReadAllBytes(file);
        var contents = CacheFile.Read(file);
        var patched = Path.Combine(builds.Cache, "patched.cache");
        for (var record = 0; record < contents.Articles.Length; record++)
        {
            var at = RecordLengthAt(bytes, contents, record);
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
            for (var wrong = 0; wrong <= length + 64; wrong++)
            {
                if (wrong == length)
                {
                    continue;
                }

                File.WriteAllBytes(patched, WithRecordLength(bytes, at, wrong));
                var ex = Assert.Throws<CacheUnusable>(() => CacheFile.Read(patched));
                Assert.True(ex.Message == "it is corrupt", $"record {record}, length {wrong} for {length}: {ex.Message}");
            }
        }
    }

    /// <summary>
    /// Where the length of article record <paramref name="record"/> is in the cache file
    /// <paramref name="bytes"/>. What comes before the records is found by encoding the same
    /// contents without articles, search tokens or shards with the engine's own encoder.
    /// </summary>
    private static int RecordLengthAt(byte[] bytes, CacheContents contents, int record)
    {
        var bare = Encoded(contents with { Articles = [], SearchTokens = [], SearchShards = ImmutableDictionary<string, int>.Empty });

        // The bare encoding ends with three zero counts (articles, tokens, shards); the file's header
        // is the magic line, the version and the engine, all before the encoded contents.
        var countAt = bytes.Length - ContentHash.Size - Encoded(contents).Length + (bare.Length - 12);
        Assert.Equal(contents.Articles.Length, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(countAt)));
        var at = countAt + 4;
        for (var i = 0; i < record; i++)
        {
            at += 4 + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at));
        }

        return at;
    }

    /// <summary><paramref name="contents"/> as <see cref="CacheEncoding"/> writes it.</summary>
    private static byte[] Encoded(CacheContents contents)
    {
        var encoded = new MemoryStream();
        using (var writer = new BinaryWriter(encoded))
        {
            CacheEncoding.Write(writer, contents);
        }

        return encoded.ToArray();
    }

    /// <summary><paramref name="bytes"/> decoded as <see cref="CacheFile"/> decodes them: from a buffer the records may be slices of.</summary>
    private static CacheContents Decoded(byte[] bytes) =>
        CacheEncoding.Read(new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true)));

    /// <summary><paramref name="bytes"/> (a copy) with the record length at <paramref name="at"/> set to <paramref name="length"/>, and its checksum right.</summary>
    private static byte[] WithRecordLength(byte[] bytes, int at, int length)
    {
        var patched = bytes.ToArray();
        BinaryPrimitives.WriteInt32LittleEndian(patched.AsSpan(at), length);
        return WithChecksum(patched);
    }

    /// <summary><paramref name="bytes"/> with its last 16 bytes made the hash of the rest, as <see cref="CacheFile"/> writes it.</summary>
    private static byte[] WithChecksum(byte[] bytes)
    {
        XxHash128.Hash(bytes.AsSpan(0, bytes.Length - ContentHash.Size), bytes.AsSpan(bytes.Length - ContentHash.Size));
        return bytes;
    }
}
