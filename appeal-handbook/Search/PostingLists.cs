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
    private readonly (int Doc, int Section, int Weight)[] _postings;

    /// <summary>Gathers <paramref name="perDocument"/> (index: document number) for <paramref name="tokens"/> numbered tokens.</summary>
    public PostingLists(Posting[][] perDocument, int tokens)
    {
        _starts = new int[tokens + 1];
        foreach (var postings in perDocument)
        {
            foreach (var posting in postings)
            {
                _starts[posting.Token.Number + 1]++;
            }
        }

        for (var token = 0; token < tokens; token++)
        {
            _starts[token + 1] += _starts[token];
        }

        _postings = new (int, int, int)[_starts[tokens]];
        var next = _starts[..tokens];
        for (var doc = 0; doc < perDocument.Length; doc++)
        {
            foreach (var posting in perDocument[doc])
            {
                _postings[next[posting.Token.Number]++] = (doc, posting.Section, posting.Weight);
            }
        }
    }

    /// <summary>The postings of token number <paramref name="token"/>, in document order.</summary>
    public ArraySegment<(int Doc, int Section, int Weight)> Of(int token) =>
        new(_postings, _starts[token], _starts[token + 1] - _starts[token]);
}
