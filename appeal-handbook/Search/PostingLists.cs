namespace AppealHandbook.Search;

/// <summary>
/// Every token's postings across the documents of one language, in document order, gathered a
/// batch of tokens at a time (<see cref="Gather"/>): one flat array per batch, sliced by token
/// number (a counting sort of every document's postings).
/// </summary>
/// <remarks>
/// Replaces a dictionary of lists per shard keyed by token string: array indexing instead of a
/// string hash and a list append for each of ten million postings. The documents' own lists stay
/// until the last batch is gathered, so gathering every posting at once held each posting twice:
/// in batches the copy is never larger than a batch.
/// </remarks>
internal sealed class PostingLists
{
    private readonly Posting[][] _perDocument;
    private readonly int[] _counts;

    /// <summary>
    /// Takes <paramref name="perDocument"/> (index: document number), whose postings hold token
    /// ids of <paramref name="tables"/> (the table of each document), for <paramref name="tokens"/>
    /// numbered tokens. The postings are renumbered in place (id → number): nothing reads the ids
    /// afterwards, and a copy of ten million postings would only be garbage.
    /// </summary>
    public PostingLists(Posting[][] perDocument, TokenTable[] tables, int tokens)
    {
        _perDocument = perDocument;
        _counts = new int[tokens];
        for (var doc = 0; doc < perDocument.Length; doc++)
        {
            var numbers = tables[doc].Numbers;
            var postings = perDocument[doc];
            for (var i = 0; i < postings.Length; i++)
            {
                // From here on a posting holds the token's number in the index.
                var number = numbers[postings[i].Token];
                postings[i] = postings[i] with { Token = number };
                _counts[number]++;
            }
        }
    }

    /// <summary>
    /// The postings of the tokens whose shard (<paramref name="shardOf"/>, by token number) is
    /// from <paramref name="firstShard"/> up to <paramref name="endShard"/>, each token's in
    /// document order; <see cref="GatheredPostings.Of"/> gives a token's. With
    /// <paramref name="last"/>, each document's own list goes once it is gathered.
    /// </summary>
    public GatheredPostings Gather(int[] shardOf, int firstShard, int endShard, bool last)
    {
        // The only batch holds every token: no posting needs its shard looked up.
        var everyToken = firstShard == 0 && last;
        var width = (uint)(endShard - firstShard);
        var tokens = _counts.Length;
        var starts = new int[tokens + 1];
        for (var token = 0; token < tokens; token++)
        {
            starts[token + 1] = starts[token] + (everyToken || (uint)(shardOf[token] - firstShard) < width ? _counts[token] : 0);
        }

        var postings = new Posting[starts[tokens]];
        var next = starts[..tokens];
        for (var doc = 0; doc < _perDocument.Length; doc++)
        {
            foreach (var posting in _perDocument[doc])
            {
                if (everyToken || (uint)(shardOf[posting.Token] - firstShard) < width)
                {
                    // Each posting's Token holds its document's number here.
                    postings[next[posting.Token]++] = posting with { Token = doc };
                }
            }

            if (last)
            {
                // Gathered: the document's own list can go while the others are copied.
                _perDocument[doc] = [];
            }
        }

        return new GatheredPostings(starts, postings);
    }
}
