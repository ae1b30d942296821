namespace AppealHandbook.Core;

/// <summary>A heading of an article, with its id and where it was written.</summary>
public sealed record Heading(int Level, string Id, string Text, int Line, int Column);
