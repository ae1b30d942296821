using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AppealHandbook.Search;

/// <summary>
/// The postings of one document as it is tokenized: for each distinct token, its heaviest weight
/// and the section where it weighs most, which is where a result links.
/// </summary>
/// <remarks>
/// Tokens arrive as spans and are looked up without allocating; a token new to the document is
/// taken from <see cref="TokenPool"/>, so documents share their token strings.
/// </remarks>
internal sealed class DocumentPostings(TokenPool pool)
{
    // The dictionary seen through span keys; _bySpan.Dictionary is the dictionary itself.
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _bySpan =
        new Dictionary<string, Entry>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private Dictionary<string, Entry> Entries => _bySpan.Dictionary;

    /// <summary>Every token of <paramref name="text"/> with <paramref name="weight"/>, in <paramref name="section"/> (0: the whole article).</summary>
    public void AddText(string text, int section, int weight) =>
        SearchTokenizer.Tokenize(text, token => Put(ref Find(token), section, weight));

    /// <summary>A token already made, such as a glossary name's.</summary>
    public void Add(string token, int section, int weight) =>
        Put(ref CollectionsMarshal.GetValueRefOrAddDefault(Entries, token, out _), section, weight);

    /// <summary>
    /// Body text of <paramref name="section"/>: a token weighs as many times as it occurs in the
    /// section, up to <paramref name="cap"/>, so repeating a word cannot outrank a heading.
    /// </summary>
    public void AddBody(string text, int section, int cap) =>
        SearchTokenizer.Tokenize(text, token =>
        {
            ref var entry = ref Find(token);
            if (entry.CountedSection != section)
            {
                entry.CountedSection = section;
                entry.Count = 0;
            }

            entry.Count++;
            Put(ref entry, section, Math.Min(cap, entry.Count));
        });

    /// <summary>
    /// One posting per token, grouped by shard (a counting sort): the postings of shard <c>s</c>
    /// are <c>Postings[Starts[s]..Starts[s + 1]]</c>, ready to be merged shard by shard.
    /// </summary>
    public (Posting[] Postings, int[] Starts) ByShard(int shards)
    {
        var starts = new int[shards + 1];
        var shardOf = new int[Entries.Count];
        var i = 0;
        foreach (var token in Entries.Keys)
        {
            shardOf[i] = SearchTokenizer.ShardOf(token, shards);
            starts[shardOf[i] + 1]++;
            i++;
        }

        for (var shard = 0; shard < shards; shard++)
        {
            starts[shard + 1] += starts[shard];
        }

        var postings = new Posting[Entries.Count];
        Span<int> next = shards <= 4096 ? stackalloc int[shards] : new int[shards];
        starts.AsSpan(0, shards).CopyTo(next);
        i = 0;
        foreach (var (token, entry) in Entries)
        {
            postings[next[shardOf[i]]++] = new Posting(token, entry.Section, entry.Weight);
            i++;
        }

        return (postings, starts);
    }

    /// <summary>How many distinct tokens the document has.</summary>
    public int Count => Entries.Count;

    private ref Entry Find(ReadOnlySpan<char> token)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_bySpan, token);
        if (!Unsafe.IsNullRef(ref entry))
        {
            return ref entry;
        }

        return ref CollectionsMarshal.GetValueRefOrAddDefault(Entries, pool.Get(token), out _);
    }

    private static void Put(ref Entry entry, int section, int weight)
    {
        if (section > 0 && weight > entry.SectionWeight)
        {
            entry.Section = section;
            entry.SectionWeight = weight;
        }

        entry.Weight = Math.Max(entry.Weight, weight);
    }

    private struct Entry
    {
        public int Weight;
        public int Section;
        public int SectionWeight;
        public int CountedSection;
        public int Count;
    }
}
