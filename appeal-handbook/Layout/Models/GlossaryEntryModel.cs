namespace AppealHandbook.Layout.Models;

/// <summary>A glossary term on the glossary page, in the page's language.</summary>
public sealed record GlossaryEntryModel(string Anchor, string Term, string OtherTerm, string Aliases, string Definition, LinkModel? Article);
