namespace AppealHandbook.Search;

/// <summary>
/// One token of one document in the index: the token's id in the worker's <see cref="TokenTable"/>
/// (its number in the index once <see cref="TokenNumbering.Number"/> has run), or the document's
/// number once the postings are gathered per token (<see cref="PostingLists"/>); the section a
/// result links to, and its weight. Integers only, so millions of them cost the garbage collector
/// nothing to trace.
/// </summary>
/// <remarks>
/// The section and the weight share one integer: every posting of the index is held at once
/// (tens of millions at 50,000 pages), so 8 bytes instead of 12 is a third of the index's memory.
/// A weight is at most <see cref="MaxWeight"/> (a title's 12 is the heaviest), which leaves
/// 27 bits for the section, far more than an article can have.
/// </remarks>
internal readonly record struct Posting
{
    /// <summary>The heaviest weight a posting can carry.</summary>
    public const int MaxWeight = (1 << WeightBits) - 1;

    private const int WeightBits = 4;

    private readonly int _sectionAndWeight;

    /// <summary>A posting of <paramref name="token"/> (or document) in <paramref name="section"/> with <paramref name="weight"/>.</summary>
    public Posting(int token, int section, int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(section);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(section, int.MaxValue >> WeightBits);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weight, MaxWeight);
        Token = token;
        _sectionAndWeight = (section << WeightBits) | weight;
    }

    /// <summary>The token's id or number, or the document's number (see the summary).</summary>
    public int Token { get; init; }

    /// <summary>The section a result links to (0: the top of the article).</summary>
    public int Section => _sectionAndWeight >> WeightBits;

    /// <summary>How much the token weighs in the document.</summary>
    public int Weight => _sectionAndWeight & MaxWeight;
}
