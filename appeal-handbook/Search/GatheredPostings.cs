namespace AppealHandbook.Search;

/// <summary>
/// The postings of a batch of tokens (<see cref="PostingLists.Gather"/>): one flat array, each
/// token's slice in document order, each posting's Token holding its document's number.
/// </summary>
internal sealed class GatheredPostings(int[] starts, Posting[] postings)
{
    /// <summary>The postings of token number <paramref name="token"/>, in document order; empty for a token of another batch.</summary>
    public ArraySegment<Posting> Of(int token) =>
        new(postings, starts[token], starts[token + 1] - starts[token]);
}
