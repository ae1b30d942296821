using Markdig.Syntax;

namespace AppealHandbook.Markdown.Extensions.SiteLinks;

/// <summary>
/// The addresses the links of one document render with, by the link's 1-based line and column,
/// kept in the document's own data (as Markdig's extensions keep per-document state) rather than in
/// its nodes.
/// </summary>
public static class SiteLinkHrefs
{
    private static readonly object Key = typeof(SiteLinkHrefs);

    /// <summary>Gives <paramref name="document"/> the addresses its links render with.</summary>
    public static void Set(MarkdownDocument document, IReadOnlyDictionary<(int Line, int Column), string> hrefs) =>
        document.SetData(Key, hrefs);

    /// <summary>The address the link at <paramref name="line"/>, <paramref name="column"/> renders with, or null to render it as written.</summary>
    public static string? Find(MarkdownDocument document, int line, int column) =>
        document.GetData(Key) is IReadOnlyDictionary<(int Line, int Column), string> hrefs ? hrefs.GetValueOrDefault((line, column)) : null;
}
