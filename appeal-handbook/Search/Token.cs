namespace AppealHandbook.Search;

/// <summary>
/// One distinct token of a language's index, shared by every document that has it. Its
/// <see cref="Number"/> is its rank in ordinal order, given once every document is tokenized
/// (<see cref="TokenPool.Number"/>), so postings can be gathered into arrays indexed by token
/// instead of dictionaries keyed by string.
/// </summary>
internal sealed class Token(string text)
{
    /// <summary>The token as it is written in the index.</summary>
    public string Text { get; } = text;

    /// <summary>The token's rank among the index's distinct tokens in ordinal order; -1 until numbered.</summary>
    public int Number { get; set; } = -1;
}
