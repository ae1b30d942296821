namespace AppealHandbook.Search;

/// <summary>
/// The postings of one document as it is tokenized: for each distinct token, its heaviest weight
/// and the section where it weighs most, which is where a result links. One instance serves the
/// documents of one worker thread in turn (<see cref="TakePostings"/> moves to the next).
/// </summary>
/// <remarks>
/// What the document has of a token is kept in an array indexed by the token's id in the worker's
/// <see cref="TokenTable"/> (<see cref="TokenState"/>), stamped with the document's serial: an
/// occurrence costs one look-up in the table. A table per document, emptied after each, cost a
/// second look-up for most tokens of a Chinese article (thousands of distinct ones) and the clearing.
/// </remarks>
internal sealed class DocumentPostings(TokenTable tokens)
{
    private readonly List<int> _touched = [];
    private TokenState[] _states = new TokenState[4096];
    private int _document = 1;

    /// <summary>The worker's token table, which the ids in <see cref="TakePostings"/> refer to.</summary>
    public TokenTable Tokens => tokens;

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
        SearchTokenizer.Tokenize(text, span =>
        {
            ref var token = ref Find(span);
            if (token.CountedSection != section)
            {
                token.CountedSection = section;
                token.Count = 0;
            }

            token.Count++;
            Put(ref token, section, Math.Min(cap, token.Count));
        });

    /// <summary>
    /// One posting per distinct token of the current document, in no particular order, with the
    /// token's id in <see cref="Tokens"/>; the next token added starts the next document. The
    /// posting's section is 0 (the article) unless a section is where the token weighs most.
    /// </summary>
    public Posting[] TakePostings()
    {
        var postings = new Posting[_touched.Count];
        for (var i = 0; i < postings.Length; i++)
        {
            var id = _touched[i];
            ref var token = ref _states[id];
            // A result links to the section only where the token weighs most: a word of the title
            // or aliases that a section also mentions in passing finds the article, not that section.
            postings[i] = new Posting(id, token.SectionWeight >= token.Weight ? token.Section : 0, token.Weight);
        }

        _touched.Clear();
        _document++;
        return postings;
    }

    /// <summary>The token's state, reset if this document has not met it yet.</summary>
    private ref TokenState Find(ReadOnlySpan<char> span)
    {
        var id = tokens.Get(span);
        if (id >= _states.Length)
        {
            Array.Resize(ref _states, Math.Max(id + 1, 2 * _states.Length));
        }

        ref var token = ref _states[id];
        if (token.Document != _document)
        {
            token = new TokenState { Document = _document };
            _touched.Add(id);
        }

        return ref token;
    }

    private static void Put(ref TokenState token, int section, int weight)
    {
        if (section > 0 && weight > token.SectionWeight)
        {
            token.Section = section;
            token.SectionWeight = weight;
        }

        token.Weight = Math.Max(token.Weight, weight);
    }
}
