using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Markdown.Extensions.CrossLinks;

/// <summary>
/// Turns each link whose URL is <c>xref:KEY</c> or <c>xref:KEY#section</c> into a
/// <see cref="CrossLinkInline"/> as the document is parsed, so later steps know a cross-link by its
/// type and read its key and section instead of taking its URL apart. It renders as a link (the
/// site-link renderer gives it its resolved address), so it adds no renderer of its own.
/// </summary>
public sealed class CrossLinkExtension : IMarkdownExtension
{
    /// <summary>The URL scheme of a cross-link.</summary>
    public const string Scheme = "xref:";

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= MarkCrossLinks;
        pipeline.DocumentProcessed += MarkCrossLinks;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void MarkCrossLinks(MarkdownDocument document)
    {
        List<LinkInline>? found = null;
        foreach (var link in TreeWalk.All<LinkInline>(document))
        {
            if (link.Url is { } url && url.StartsWith(Scheme, StringComparison.Ordinal))
            {
                (found ??= []).Add(link);
            }
        }

        foreach (var link in found ?? [])
        {
            var rest = link.Url![Scheme.Length..];
            var hash = rest.IndexOf('#');
            var crossLink = CrossLinkInline.From(link, hash < 0 ? rest : rest[..hash], hash < 0 ? null : rest[(hash + 1)..]);
            while (link.FirstChild is { } child)
            {
                child.Remove();
                crossLink.AppendChild(child);
            }

            link.ReplaceBy(crossLink);
        }
    }
}
