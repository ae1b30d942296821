using AppealHandbook.Pipeline;
using Markdig.Renderers;

namespace AppealHandbook.Markdown;

/// <summary>Renders each article's (already link-resolved) Markdown tree to HTML.</summary>
public sealed class RenderMarkdown : PageModule
{
    /// <inheritdoc />
    protected override bool ShouldProcess(Page page) => page.Markdown is not null;

    /// <inheritdoc />
    protected override Page Process(Page page, BuildState state)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Pipeline.Setup(renderer);
        renderer.Render(page.Markdown!);
        writer.Flush();
        return page with { BodyHtml = writer.ToString() };
    }
}
