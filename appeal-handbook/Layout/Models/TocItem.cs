namespace AppealHandbook.Layout.Models;

/// <summary>An entry of the on-page table of contents (H2 and H3).</summary>
public sealed record TocItem(string Id, string Text, int Level);
