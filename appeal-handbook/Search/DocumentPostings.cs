namespace AppealHandbook.Search;

/// <summary>
/// The postings of one document as it is tokenized: for each distinct token, its heaviest weight
/// and the section where it weighs most, which is where a result links. One instance serves the
/// documents of one worker thread in turn (<see cref="TakePostings"/> moves to the next).
/// </summary>
/// <remarks>
/// What the document has of a token is kept on the token itself (<see cref="Token"/>), stamped
/// with the document's serial: an occurrence costs one look-up in the worker's
/// <see cref="TokenTable"/>. A table per document, emptied after each, cost a second look-up for
/// most tokens of a Chinese article (thousands of distinct ones) and the clearing.
/// </remarks>
internal sealed class DocumentPostings(TokenTable tokens)
{
    private readonly List<Token> _touched = [];
    private int _document = 1;

    /// <summary>Every token of <paramref name="text"/> with <paramref name="weight"/>, in <paramref name="section"/> (0: the whole article).</summary>
    public void AddText(string text, int section, int weight) =>
        SearchTokenizer.Tokenize(text, token => Put(Find(token), section, weight));

    /// <summary>A token already made, such as a glossary name's.</summary>
    public void Add(string token, int section, int weight) =>
        Put(Find(token), section, weight);

    /// <summary>
    /// Body text of <paramref name="section"/>: a token weighs as many times as it occurs in the
    /// section, up to <paramref name="cap"/>, so repeating a word cannot outrank a heading.
    /// </summary>
    public void AddBody(string text, int section, int cap) =>
        SearchTokenizer.Tokenize(text, span =>
        {
            var token = Find(span);
            if (token.CountedSection != section)
            {
                token.CountedSection = section;
                token.Count = 0;
            }

            token.Count++;
            Put(token, section, Math.Min(cap, token.Count));
        });

    /// <summary>
    /// One posting per distinct token of the current document, in no particular order; the next
    /// token added starts the next document.
    /// </summary>
    public Posting[] TakePostings()
    {
        var postings = new Posting[_touched.Count];
        for (var i = 0; i < postings.Length; i++)
        {
            var token = _touched[i];
            postings[i] = new Posting(token, token.Section, token.Weight);
        }

        _touched.Clear();
        _document++;
        return postings;
    }

    /// <summary>The token, its per-document fields reset if this document has not met it yet.</summary>
    private Token Find(ReadOnlySpan<char> span)
    {
        var token = tokens.Get(span);
        if (token.Document != _document)
        {
            token.Document = _document;
            token.Weight = token.Section = token.SectionWeight = token.CountedSection = token.Count = 0;
            _touched.Add(token);
        }

        return token;
    }

    private static void Put(Token token, int section, int weight)
    {
        if (section > 0 && weight > token.SectionWeight)
        {
            token.Section = section;
            token.SectionWeight = weight;
        }

        token.Weight = Math.Max(token.Weight, weight);
    }
}
