namespace AppealHandbook.Core;

/// <summary>
/// What a build cache supplies for an article whose finished page is reused from the previous
/// build (<see cref="Page.Reused"/>), besides its front matter, headings, links and text: what a
/// site-wide module would otherwise read from the Markdown tree the page no longer has.
/// </summary>
/// <remarks>A page that lists articles, reused with them, has no evidence items: 0.</remarks>
/// <param name="EvidenceItems">The task items of its evidence section, which the check across languages compares.</param>
public sealed record ReusedPage(int EvidenceItems);
