using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AppealHandbook.Search;

/// <summary>
/// The postings of one document as it is tokenized: for each distinct token, its heaviest weight
/// and the section where it weighs most, which is where a result links. One instance serves the
/// documents of one worker thread in turn (<see cref="TakePostings"/> empties it).
/// </summary>
/// <remarks>
/// Tokens arrive as spans and are looked up without allocating; a token new to the document is
/// taken from <see cref="TokenPool"/>, so documents share their tokens. Chinese tokens (one or
/// two ideographs, most of a Chinese article's tokens) are keyed by their characters packed into
/// an integer (<see cref="CjkKey"/>): hashing and comparing an integer is several times cheaper
/// than a string, and a Chinese article has a few thousand of them.
/// </remarks>
internal sealed class DocumentPostings(TokenPool pool)
{
    // The dictionary seen through span keys; _bySpan.Dictionary is the dictionary itself.
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _bySpan =
        new Dictionary<string, Entry>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Dictionary<int, Entry> _cjk = [];

    private Dictionary<string, Entry> Entries => _bySpan.Dictionary;

    /// <summary>Every token of <paramref name="text"/> with <paramref name="weight"/>, in <paramref name="section"/> (0: the whole article).</summary>
    public void AddText(string text, int section, int weight) =>
        SearchTokenizer.Tokenize(text, token => Put(ref Find(token), section, weight));

    /// <summary>A token already made, such as a glossary name's.</summary>
    public void Add(string token, int section, int weight) =>
        Put(ref Find(token), section, weight);

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
    /// One posting per distinct token of the document, in no particular order; the tables are
    /// emptied, keeping their capacity, for the next document.
    /// </summary>
    public Posting[] TakePostings()
    {
        var postings = new Posting[Count];
        var i = 0;
        foreach (var entry in Entries.Values)
        {
            postings[i++] = new Posting(entry.Token, entry.Section, entry.Weight);
        }

        foreach (var entry in _cjk.Values)
        {
            postings[i++] = new Posting(entry.Token, entry.Section, entry.Weight);
        }

        Entries.Clear();
        _cjk.Clear();
        return postings;
    }

    /// <summary>How many distinct tokens the document has.</summary>
    public int Count => Entries.Count + _cjk.Count;

    /// <summary>
    /// One or two CJK ideographs packed into an integer (the first in the high half), or -1 for
    /// any other token. Ideographs are above U+3400, so a key is never 0 in its high half.
    /// </summary>
    public static int CjkKey(ReadOnlySpan<char> token) => token.Length switch
    {
        1 when SearchTokenizer.IsCjk(token[0]) => token[0] << 16,
        2 when SearchTokenizer.IsCjk(token[0]) && SearchTokenizer.IsCjk(token[1]) => (token[0] << 16) | token[1],
        _ => -1,
    };

    private ref Entry Find(ReadOnlySpan<char> token)
    {
        if (CjkKey(token) is var key and >= 0)
        {
            ref var cjk = ref CollectionsMarshal.GetValueRefOrAddDefault(_cjk, key, out var exists);
            if (!exists)
            {
                cjk.Token = pool.Get(key, token);
            }

            return ref cjk;
        }

        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_bySpan, token);
        if (!Unsafe.IsNullRef(ref entry))
        {
            return ref entry;
        }

        var pooled = pool.Get(token);
        ref var added = ref CollectionsMarshal.GetValueRefOrAddDefault(Entries, pooled.Text, out _);
        added.Token = pooled;
        return ref added;
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
        public Token Token;
        public int Weight;
        public int Section;
        public int SectionWeight;
        public int CountedSection;
        public int Count;
    }
}
