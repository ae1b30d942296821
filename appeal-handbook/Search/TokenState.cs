namespace AppealHandbook.Search;

/// <summary>
/// What the document a worker is tokenizing has of one token: kept in an array indexed by the
/// token's id in the worker's <see cref="TokenTable"/>, so adding an occurrence is one look-up and
/// one write into a compact array, with no per-document dictionary.
/// </summary>
/// <remarks>
/// A struct of integers rather than fields of a token object: half the bytes per token, so more of
/// a language's tokens stay in the cache, and nothing in it for the garbage collector to trace.
/// </remarks>
internal struct TokenState
{
    /// <summary>The serial of the worker's document these fields describe; 0: none yet.</summary>
    public int Document;

    /// <summary>The token's heaviest weight in that document.</summary>
    public int Weight;

    /// <summary>The section where it weighs most (0: none), which is where a result links.</summary>
    public int Section;

    /// <summary>Its weight in <see cref="Section"/>.</summary>
    public int SectionWeight;

    /// <summary>The body section whose occurrences <see cref="Count"/> counts.</summary>
    public int CountedSection;

    /// <summary>Occurrences in the body of <see cref="CountedSection"/>.</summary>
    public int Count;
}
