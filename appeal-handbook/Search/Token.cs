namespace AppealHandbook.Search;

/// <summary>
/// One distinct token of a language's index, as one worker thread knows it. Besides its text and,
/// once every document is tokenized, its <see cref="Number"/>, it holds what the worker's current
/// document has of it (<see cref="Document"/> and the fields after it), so adding an occurrence
/// is one look-up in the worker's table and no per-document dictionary.
/// </summary>
/// <remarks>
/// A token belongs to one worker's <see cref="TokenTable"/> and only that worker touches its
/// per-document fields, so they need no lock.
/// </remarks>
internal sealed class Token(string text)
{
    /// <summary>The token as it is written in the index.</summary>
    public string Text { get; } = text;

    /// <summary>The token's rank among the index's distinct tokens in ordinal order; -1 until numbered (<see cref="TokenPool.Number"/>).</summary>
    public int Number { get; set; } = -1;

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
