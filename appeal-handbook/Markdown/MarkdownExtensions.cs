using AppealHandbook.Markdown.Extensions.ContentSafety;
using AppealHandbook.Markdown.Extensions.CrossLinks;
using AppealHandbook.Markdown.Extensions.GlossaryLinks;
using AppealHandbook.Markdown.Extensions.SiteLinks;
using Markdig;

namespace AppealHandbook.Markdown;

/// <summary>The handbook's own Markdig extensions, one <c>UseX()</c> each (as Markdig's own are).</summary>
public static class MarkdownExtensions
{
    /// <summary>Renders the glossary links that <c>LinkGlossaryTerms</c> adds to a tree.</summary>
    public static MarkdownPipelineBuilder UseGlossaryLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<GlossaryLinkExtension>();
        return pipeline;
    }

    /// <summary>Turns each <c>xref:</c> link into a <see cref="CrossLinkInline"/> carrying its key and section.</summary>
    public static MarkdownPipelineBuilder UseCrossLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CrossLinkExtension>();
        return pipeline;
    }

    /// <summary>Renders each link with the address the engine resolved for it (<see cref="SiteLinkHrefs"/>), leaving the tree as written.</summary>
    public static MarkdownPipelineBuilder UseSiteLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SiteLinkExtension>();
        return pipeline;
    }

    /// <summary>Replaces author HTML with nodes that are reported and render as escaped text, and removes the raw HTML renderers.</summary>
    public static MarkdownPipelineBuilder UseContentSafety(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ContentSafetyExtension>();
        return pipeline;
    }
}
