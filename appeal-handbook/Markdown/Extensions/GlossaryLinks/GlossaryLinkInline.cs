using Markdig.Syntax.Inlines;

namespace AppealHandbook.Markdown.Extensions.GlossaryLinks;

/// <summary>
/// A mention of a glossary term linked to its entry, with the definition as a tooltip. The engine
/// adds these (<c>LinkGlossaryTerms</c>); authors cannot write one. The mentioned text is its child.
/// </summary>
public sealed class GlossaryLinkInline : ContainerInline
{
    /// <summary>The glossary entry, relative to the page (<c>../../zh/glossary/#term-odr</c>).</summary>
    public required string Url { get; init; }

    /// <summary>The tooltip's element id, unique on the page (<c>tip-odr</c>).</summary>
    public required string TipId { get; init; }

    /// <summary>The definition in the page's language, as plain text.</summary>
    public required string Definition { get; init; }
}
