namespace AppealHandbook.Search;

/// <summary>
/// Every token's postings across the documents of one language, in document order: one flat
/// array sliced by token number (a counting sort of every document's postings).
/// </summary>
/// <remarks>
/// Replaces a dictionary of lists per shard keyed by token string: two passes over the postings
/// with array indexing, instead of a string hash and a list append for each of ten million postings.
/// </remarks>
internal sealed class PostingLists
{
    private readonly int[] _starts;
    // Each posting's Token holds its document's number here.
    private readonly Posting[] _postings;

    /// <summary>
    /// Gathers <paramref name="perDocument"/> (index: document number), whose postings hold token
    /// ids of <paramref name="tables"/> (the table of each document), for <paramref name="tokens"/>
    /// numbered tokens. The postings are renumbered in place on the way (id → number): nothing
    /// reads the ids afterwards, and a copy of ten million postings would only be garbage.
    /// </summary>
    public PostingLists(Posting[][] perDocument, TokenTable[] tables, int tokens)
    {
        _starts = new int[tokens + 1];
        for (var doc = 0; doc < perDocument.Length; doc++)
        {
            var numbers = tables[doc].Numbers;
            var postings = perDocument[doc];
            for (var i = 0; i < postings.Length; i++)
            {
                // From here on a posting holds the token's number in the index.
                var number = numbers[postings[i].Token];
                postings[i] = postings[i] with { Token = number };
                _starts[number + 1]++;
            }
        }

        for (var token = 0; token < tokens; token++)
        {
            _starts[token + 1] += _starts[token];
        }

        _postings = new Posting[_starts[tokens]];
        var next = _starts[..tokens];
        for (var doc = 0; doc < perDocument.Length; doc++)
        {
            foreach (var posting in perDocument[doc])
            {
                _postings[next[posting.Token]++] = posting with { Token = doc };
            }

            // Gathered: the document's own list can go while the others are copied.
            perDocument[doc] = [];
        }
    }

    /// <summary>The postings of token number <paramref name="token"/>, in document order.</summary>
    public ArraySegment<Posting> Of(int token) =>
        new(_postings, _starts[token], _starts[token + 1] - _starts[token]);
}
