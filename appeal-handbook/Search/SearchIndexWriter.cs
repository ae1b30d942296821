using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;


namespace AppealHandbook.Search;

/// <summary>
/// Turns postings and documents into the static files the browser fetches: <c>meta.json</c>,
/// shards of postings (<c>s/N.json</c>) and chunks of documents (<c>d/N.json</c>).
/// </summary>
/// <remarks>
/// Tokens are sharded by a hash of their first two characters, so a query fetches one shard per
/// distinct token prefix, and chunks of documents only for the results it shows. Keys are written
/// in ordinal order so the files are byte-identical from build to build.
/// </remarks>
public static class SearchIndexWriter
{
    /// <summary>
    /// Documents per chunk file. One: a query fetches the documents it shows and nothing else,
    /// which keeps the bytes per query flat as the handbook grows (as Pagefind's fragments do).
    /// </summary>
    public const int ChunkSize = 1;

    /// <summary>At most this many postings per token, the heaviest first; a token in more documents than this says little anyway.</summary>
    public const int MaxPostingsPerToken = 2000;

    /// <summary>Target number of postings per shard: about 40 KB of JSON before compression.</summary>
    public const int PostingsPerShard = 4000;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), // keep Chinese readable and compact
    };

    /// <summary>How many shards an index with <paramref name="postings"/> postings gets: a power of two.</summary>
    public static int ShardCount(int postings)
    {
        var shards = 1;
        while (shards < 4096 && postings / shards > PostingsPerShard)
        {
            shards *= 2;
        }

        return shards;
    }

    /// <summary><c>meta.json</c>: the index's shape, the types and each document's type, read before anything else.</summary>
    public static byte[] Meta(string lang, IReadOnlyList<(string Id, string Name)> types, IReadOnlyList<SearchDocument> documents, int shards)
    {
        var typeIndex = types.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("v", 2); // 2: postings give each document as the gap from the one before
            w.WriteString("lang", lang);
            w.WriteNumber("shards", shards);
            w.WriteNumber("chunk", ChunkSize);
            w.WriteNumber("docs", documents.Count);
            w.WriteStartArray("types");
            foreach (var (id, name) in types)
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("name", name);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("docType");
            foreach (var doc in documents)
            {
                w.WriteNumberValue(typeIndex.GetValueOrDefault(doc.Type, 0));
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>s/N.json</c>: each token of the shard (in ordinal order) with its postings as flat
    /// (document, section, weight) triples, in document order. Each document is written as the gap
    /// from the previous one: small numbers, which make a fifth of a shard's bytes go.
    /// </summary>
    /// <remarks>
    /// A large index has millions of postings; their numbers are written straight into the
    /// bytes of each token's array (<see cref="Triples"/>), and the writer places the array as a
    /// finished value after the token's name, which it escapes.
    /// </remarks>
    internal static byte[] Shard(IEnumerable<(string Token, ArraySegment<Posting> Postings)> entries) => Json(w =>
    {
        var triples = t_triples ??= new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        w.WriteStartObject();
        foreach (var (token, postings) in entries)
        {
            triples.ResetWrittenCount();
            Triples(postings, triples);
            w.WritePropertyName(token);
            w.WriteRawValue(triples.WrittenSpan, skipInputValidation: true);
        }

        w.WriteEndObject();
    });

    /// <summary>The most bytes one posting takes: three numbers of up to 11 characters and their commas.</summary>
    private const int MostBytesPerPosting = 3 * 12;

    /// <summary>
    /// <paramref name="postings"/> as a JSON array of numbers, <c>[gap,section,weight,...]</c>, as
    /// the writer writes numbers when not indented.
    /// </summary>
    private static void Triples(ReadOnlySpan<Posting> postings, System.Buffers.ArrayBufferWriter<byte> into)
    {
        var bytes = into.GetSpan(2 + (postings.Length * MostBytesPerPosting));
        var at = 0;
        bytes[at++] = (byte)'[';
        var previous = 0;
        foreach (var posting in postings)
        {
            if (at > 1)
            {
                bytes[at++] = (byte)',';
            }

            at += Number(posting.Token - previous, bytes[at..]);
            bytes[at++] = (byte)',';
            at += Number(posting.Section, bytes[at..]);
            bytes[at++] = (byte)',';
            at += Number(posting.Weight, bytes[at..]);
            previous = posting.Token;
        }

        bytes[at++] = (byte)']';
        into.Advance(at);

        static int Number(int value, Span<byte> into)
        {
            value.TryFormat(into, out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
            return written;
        }
    }

    /// <summary>One buffer per thread for a token's array of postings, emptied and reused.</summary>
    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_triples;

    /// <summary><c>d/N.json</c>: the documents of one chunk, with each section's excerpt (<see cref="Excerpt"/>) for result snippets.</summary>
    public static byte[] Chunk(IEnumerable<SearchDocument> documents) => Json(w =>
    {
        w.WriteStartArray();
        foreach (var doc in documents)
        {
            w.WriteStartObject();
            w.WriteString("k", doc.Key);
            w.WriteString("t", doc.Title);
            w.WriteString("u", doc.Url);
            w.WriteString("y", doc.Type);
            w.WriteString("s", doc.Summary);
            w.WriteStartArray("h");
            foreach (var section in doc.Sections)
            {
                w.WriteStartArray();
                w.WriteStringValue(section.Id);
                w.WriteStringValue(section.Heading);
                w.WriteStringValue(section.Text);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    /// <summary>The start of a section's text, with runs of white space made one space, for the result snippet.</summary>
    public static string Excerpt(string text)
    {
        const int Length = 240;
        var excerpt = new System.Text.StringBuilder(Length + 1);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (!Append(space ? ' ' : c) || (space && !Append(c)))
            {
                return excerpt.Append('…').ToString();
            }

            space = false;
        }

        bool Append(char c)
        {
            if (excerpt.Length == Length)
            {
                return false;
            }

            excerpt.Append(c);
            return true;
        }

        return excerpt.ToString();
    }

    /// <summary>
    /// One buffer per thread, emptied and reused: thousands of files each grew a fresh buffer by
    /// doubling before being copied out.
    /// </summary>
    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_buffer;

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
