namespace AppealHandbook.Search;

/// <summary>One token of one document in the index: the section a result links to, and its weight.</summary>
internal readonly record struct Posting(Token Token, int Section, int Weight);
