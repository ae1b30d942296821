namespace AppealHandbook.Search;

/// <summary>
/// One token of one document in the index: the token's id in the worker's <see cref="TokenTable"/>
/// (its number in the index once <see cref="TokenNumbering.Number"/> has run), the section a result
/// links to, and its weight. Integers only, so millions of them cost the garbage collector nothing to trace.
/// </summary>
internal readonly record struct Posting(int Token, int Section, int Weight);
