namespace AppealHandbook.Core;

/// <summary>A section of an article: its heading id and text, and the text under it (what the search index reads).</summary>
public sealed record SearchSection(string Id, string Heading, string Text);
