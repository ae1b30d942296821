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

    /// <summary>The files of one language's index, by path under <c>search/{lang}/</c>.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> Write(
        string lang,
        IReadOnlyList<(string Id, string Name)> types,
        IReadOnlyList<SearchDocument> documents,
        IReadOnlyDictionary<string, List<(int Doc, int Section, int Weight)>> postings)
    {
        var shards = ShardCount(postings.Sum(p => p.Value.Count));
        var typeIndex = types.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        yield return ("meta.json", Json(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("v", 1);
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
        }));

        var byShard = postings
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .GroupBy(p => SearchTokenizer.ShardOf(p.Key, shards))
            .ToDictionary(g => g.Key, g => g.ToList());
        for (var shard = 0; shard < shards; shard++)
        {
            var entries = byShard.GetValueOrDefault(shard) ?? [];
            yield return ($"s/{shard}.json", Json(w =>
            {
                w.WriteStartObject();
                foreach (var (token, list) in entries)
                {
                    w.WriteStartArray(token);
                    foreach (var (doc, section, weight) in list)
                    {
                        w.WriteNumberValue(doc);
                        w.WriteNumberValue(section);
                        w.WriteNumberValue(weight);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }));
        }

        for (var chunk = 0; chunk * ChunkSize < documents.Count; chunk++)
        {
            var slice = documents.Skip(chunk * ChunkSize).Take(ChunkSize);
            yield return ($"d/{chunk}.json", Json(w =>
            {
                w.WriteStartArray();
                foreach (var doc in slice)
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
                        w.WriteStringValue(Excerpt(section.Text));
                        w.WriteEndArray();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }));
        }
    }

    /// <summary>The start of a section's text, for the result snippet.</summary>
    private static string Excerpt(string text)
    {
        var trimmed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return trimmed.Length <= 240 ? trimmed : trimmed[..240] + "…";
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
