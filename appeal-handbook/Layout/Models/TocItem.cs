namespace AppealHandbook.Layout.Models;

/// <summary>An H2 of the on-page table of contents, with the H3s under it.</summary>
public sealed record TocItem(string Id, string Text, IReadOnlyList<TocItem> Children);
