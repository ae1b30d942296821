using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using AppealHandbook.Core;
using AppealHandbook.Output;

namespace AppealHandbook.Cache;

/// <summary>
/// The build cache's contents as bytes: a plain binary encoding of <see cref="CacheContents"/>,
/// field by field, in the order written here. A change to it is a new <see cref="CacheFile.Version"/>.
/// </summary>
/// <remarks>
/// Each article's record is preceded by its length in bytes, so that the records (ten thousand at
/// 10,000 pages, most of the file) are decoded side by side, and a record the build kept as it
/// was decoded (the same instance) is written back from the bytes it came from, not encoded again.
/// </remarks>
internal static class CacheEncoding
{
    /// <summary>The bytes each decoded article record came from, for as long as the record lives.</summary>
    private static readonly ConditionalWeakTable<CachedArticle, StrongBox<ReadOnlyMemory<byte>>> DecodedFrom = new();

    public static void Write(BinaryWriter w, CacheContents contents)
    {
        w.Write(contents.OptionsKey);
        Write(w, contents.Inputs);
        WriteFiles(w, contents.OutputFiles);
        w.Write(contents.SpareFiles is not null);
        if (contents.SpareFiles is not null)
        {
            WriteFiles(w, contents.SpareFiles);
        }

        // One buffer for every record: each is encoded there to learn its length, then copied.
        using var buffer = new MemoryStream();
        using var record = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(contents.Articles.Length);
        foreach (var article in contents.Articles)
        {
            if (DecodedFrom.TryGetValue(article, out var decoded))
            {
                w.Write(decoded.Value.Length);
                w.Write(decoded.Value.Span);
                continue;
            }

            buffer.SetLength(0);
            WriteArticle(record, article);
            record.Flush();
            w.Write((int)buffer.Length);
            w.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        WriteList(w, contents.SearchTokens, w.Write);
        WriteList(w, [.. contents.SearchShards.OrderBy(kv => kv.Key, StringComparer.Ordinal)], kv => { w.Write(kv.Key); w.Write(kv.Value); });
    }

    public static CacheContents Read(BinaryReader r)
    {
        var optionsKey = r.ReadString();
        var inputs = ReadHash(r);
        var output = ReadFiles(r);
        var spare = r.ReadBoolean() ? ReadFiles(r) : null;
        var built = ReadArticles(r);
        var tokens = ReadList(r, r.ReadString);
        var shards = ReadList(r, () => KeyValuePair.Create(r.ReadString(), r.ReadInt32())).ToImmutableDictionary(StringComparer.Ordinal);
        var named = true;
        Parallel.ForEach(built, a =>
        {
            if (!PackedPostings.IsValid(a.Postings!.Bytes.Span, a.Postings.Count, tokens.Length))
            {
                named = false;
            }
        });
        if (!named)
        {
            throw new InvalidDataException("postings that name no token");
        }

        return new CacheContents(optionsKey, inputs, output, spare, built, tokens, shards);
    }

    /// <summary>The article records: their lengths in order, then each record decoded on its own.</summary>
    private static ImmutableArray<CachedArticle> ReadArticles(BinaryReader r)
    {
        var (stream, buffer) = Buffer(r);
        var count = Count(r);
        var records = new (int Start, int Length)[count];
        for (var i = 0; i < count; i++)
        {
            var length = Count(r);
            records[i] = (buffer.Offset + (int)stream.Position, length);
            stream.Position += length;
        }

        var articles = new CachedArticle[count];
        Parallel.For(0, count, i =>
        {
            using var record = new BinaryReader(new MemoryStream(buffer.Array!, records[i].Start, records[i].Length, writable: false, publiclyVisible: true), System.Text.Encoding.UTF8);
            articles[i] = ReadArticle(record);
            if (record.BaseStream.Position != record.BaseStream.Length)
            {
                throw new InvalidDataException("bytes after an article's record");
            }

            DecodedFrom.AddOrUpdate(articles[i], new(buffer.Array.AsMemory(records[i].Start, records[i].Length)));
        });
        return [.. articles];
    }

    /// <summary>The in-memory stream the cache is decoded from, and its buffer (the whole cache file), which records and postings are slices of.</summary>
    private static (MemoryStream Stream, ArraySegment<byte> Buffer) Buffer(BinaryReader r) =>
        r.BaseStream is MemoryStream stream && stream.TryGetBuffer(out var buffer)
            ? (stream, buffer)
            : throw new InvalidOperationException("The cache is decoded from a buffer.");

    private static void WriteArticle(BinaryWriter w, CachedArticle a)
    {
        w.Write(a.Path);
        Write(w, a.SourceHash);
        w.Write(a.Written.Length);
        w.Write(a.Written.ModifiedTicks);
        Write(w, a.Signature);
        WriteFrontMatter(w, a.FrontMatter);
        WriteList(w, a.Headings, h => { w.Write(h.Level); w.Write(h.Id); w.Write(h.Text); w.Write(h.Line); w.Write(h.Column); });
        WriteList(w, a.Links, l =>
        {
            w.Write(l.Url);
            w.Write(l.Line);
            w.Write(l.Column);
            w.Write(l.IsImage);
            w.Write(l.HasAlt);
            WriteOptional(w, l.Target);
            WriteOptional(w, l.Href);
        });
        var postings = a.Postings ?? PackedPostings.Empty;
        w.Write(postings.Count);
        w.Write(postings.Bytes.Length);
        w.Write(postings.Bytes.Span);
        w.Write(a.EvidenceItems);
        WriteList(w, a.Diagnostics, d =>
        {
            w.Write(d.Path);
            w.Write(d.Line);
            w.Write(d.Column);
            w.Write((int)d.Severity);
            w.Write(d.Code);
            w.Write(d.Message);
        });
    }

    private static CachedArticle ReadArticle(BinaryReader r) => new(
        r.ReadString(),
        ReadHash(r),
        new SourceStamp(r.ReadInt64(), r.ReadInt64()),
        ReadHash(r),
        ReadFrontMatter(r),
        ReadList(r, () => new Heading(r.ReadInt32(), r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadInt32())),
        ReadList(r, () => new LinkRef(r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadBoolean(), r.ReadBoolean())
        {
            Target = ReadOptional(r),
            Href = ReadOptional(r),
        }),
        ReadPostings(r),
        r.ReadInt32(),
        ReadList(r, () => new Diagnostic(r.ReadString(), r.ReadInt32(), r.ReadInt32(), ReadSeverity(r), r.ReadString(), r.ReadString())));

    private static PackedPostings ReadPostings(BinaryReader r)
    {
        // A slice of the buffer the record is read from (the whole cache file), not a copy.
        var count = Count(r);
        var length = Count(r);
        var (stream, buffer) = Buffer(r);
        var bytes = buffer.AsMemory((int)stream.Position, length);
        stream.Position += length;
        return new PackedPostings(bytes, count);
    }

    private static void WriteFrontMatter(BinaryWriter w, FrontMatter f)
    {
        w.Write(f.Title);
        w.Write(f.Key);
        w.Write(f.Lang);
        w.Write(f.Type);
        w.Write(f.Summary);
        w.Write(f.Updated.DayNumber);
        WriteList(w, f.Related, w.Write);
        WriteList(w, f.Tags, w.Write);
        WriteList(w, f.Aliases, w.Write);
        WriteList(w, f.Sources, s => { w.Write(s.Title); w.Write(s.Url); });
        WriteList(w, f.FirstSteps, w.Write);
        WriteList(w, f.Avoid, w.Write);
        WriteOptional(w, f.Deadline);
        WriteList(w, [.. f.Lines.OrderBy(kv => kv.Key, StringComparer.Ordinal)], kv => { w.Write(kv.Key); w.Write(kv.Value); });
    }

    private static FrontMatter ReadFrontMatter(BinaryReader r) => new()
    {
        Title = r.ReadString(),
        Key = r.ReadString(),
        Lang = r.ReadString(),
        Type = r.ReadString(),
        Summary = r.ReadString(),
        Updated = DateOnly.FromDayNumber(r.ReadInt32()),
        Related = ReadList(r, r.ReadString),
        Tags = ReadList(r, r.ReadString),
        Aliases = ReadList(r, r.ReadString),
        Sources = ReadList(r, () => new SourceLink(r.ReadString(), r.ReadString())),
        FirstSteps = ReadList(r, r.ReadString),
        Avoid = ReadList(r, r.ReadString),
        Deadline = ReadOptional(r),
        Lines = ReadList(r, () => KeyValuePair.Create(r.ReadString(), r.ReadInt32())).ToImmutableDictionary(StringComparer.Ordinal),
    };

    private static void WriteFiles(BinaryWriter w, IReadOnlyDictionary<string, FileStamp> files)
    {
        w.Write(files.Count);
        foreach (var (path, stamp) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            w.Write(path);
            Write(w, stamp.Hash);
            w.Write(stamp.Length);
            w.Write(stamp.ModifiedTicks);
        }
    }

    private static Dictionary<string, FileStamp> ReadFiles(BinaryReader r)
    {
        var count = Count(r);
        var files = new Dictionary<string, FileStamp>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            files.Add(r.ReadString(), new FileStamp(ReadHash(r), r.ReadInt64(), r.ReadInt64()));
        }

        return files;
    }

    public static void Write(BinaryWriter w, ContentHash hash)
    {
        w.Write(hash.High);
        w.Write(hash.Low);
    }

    private static ContentHash ReadHash(BinaryReader r) => new(r.ReadUInt64(), r.ReadUInt64());

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteList<T>(BinaryWriter w, ImmutableArray<T> items, Action<T> write)
    {
        w.Write(items.IsDefault ? 0 : items.Length);
        foreach (var item in items.IsDefault ? [] : items)
        {
            write(item);
        }
    }

    private static ImmutableArray<T> ReadList<T>(BinaryReader r, Func<T> read)
    {
        var items = ImmutableArray.CreateBuilder<T>(Count(r));
        for (var i = items.Capacity; i > 0; i--)
        {
            items.Add(read());
        }

        return items.MoveToImmutable();
    }

    private static Severity ReadSeverity(BinaryReader r) =>
        r.ReadInt32() is var value && Enum.IsDefined((Severity)value) ? (Severity)value : throw new InvalidDataException("unknown severity");

    /// <summary>A count, refused when it cannot be one: a corrupt length must not allocate gigabytes.</summary>
    private static int Count(BinaryReader r)
    {
        var count = r.ReadInt32();
        return count >= 0 && count <= r.BaseStream.Length - r.BaseStream.Position ? count : throw new InvalidDataException("impossible count");
    }
}
