using Markdig;
using Markdig.Renderers;

namespace AppealHandbook.Markdown.Extensions.GlossaryLinks;

/// <summary>Renders the glossary links the engine adds; it parses nothing, as authors cannot write one.</summary>
public sealed class GlossaryLinkExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlGlossaryLinkRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlGlossaryLinkRenderer());
        }
    }
}
