using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Markdown.Extensions.SiteLinks;

/// <summary>
/// Lets the engine decide where each link of an article points without changing the tree: as the
/// document is parsed, each link is given Markdig's render-time URL hook, which asks
/// <see cref="SiteLinkHrefs"/> for the address <c>ResolveLinks</c> found (<c>xref:a#b</c> →
/// <c>../../zh/a/#b</c>) and renders the URL as written when there is none.
/// </summary>
public sealed class SiteLinkExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= AttachHrefs;
        pipeline.DocumentProcessed += AttachHrefs;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void AttachHrefs(MarkdownDocument document)
    {
        foreach (var link in TreeWalk.All<LinkInline>(document))
        {
            var (line, column) = (link.Line + 1, link.Column + 1);
            link.GetDynamicUrl = () => SiteLinkHrefs.Find(document, line, column) ?? link.Url ?? "";
        }
    }
}
