using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Markdown.Extensions.ContentSafety;

/// <summary>
/// Keeps author HTML out of the page whatever runs after parsing: each raw HTML block and tag is
/// replaced, as the document is parsed, by a node of its own (<see cref="RejectedHtmlBlock"/>,
/// <see cref="RejectedHtmlInline"/>) that <c>ParseMarkdown</c> reports and that renders as escaped
/// text, and the renderers of Markdig's raw HTML nodes are removed.
/// </summary>
/// <remarks>
/// The engine's own additions are nodes with renderers of their own (glossary links), never raw
/// HTML, so removing the raw HTML renderers takes nothing from them.
/// </remarks>
public sealed class ContentSafetyExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= RejectRawHtml;
        pipeline.DocumentProcessed += RejectRawHtml;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        html.ObjectRenderers.RemoveAll(r => r is HtmlBlockRenderer or HtmlInlineRenderer);
        if (!html.ObjectRenderers.Contains<HtmlRejectedHtmlRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlRejectedHtmlRenderer());
            html.ObjectRenderers.Add(new HtmlRejectedHtmlInlineRenderer());
        }
    }

    private static void RejectRawHtml(MarkdownDocument document)
    {
        List<MarkdownObject>? found = null;
        foreach (var node in TreeWalk.All<MarkdownObject>(document))
        {
            if (node is HtmlBlock or HtmlInline)
            {
                (found ??= []).Add(node);
            }
        }

        foreach (var node in found ?? [])
        {
            switch (node)
            {
                case HtmlBlock { Parent: { } parent } block:
                    parent[parent.IndexOf(block)] = new RejectedHtmlBlock(block);
                    break;
                case HtmlInline inline:
                    inline.ReplaceBy(new RejectedHtmlInline(inline));
                    break;
            }
        }
    }
}
