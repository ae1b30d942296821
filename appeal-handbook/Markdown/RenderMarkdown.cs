using AppealHandbook.Core;

namespace AppealHandbook.Markdown;

/// <summary>Renders each article's (already link-resolved) Markdown tree to HTML.</summary>
public sealed class RenderMarkdown : PageModule
{
    /// <inheritdoc />
    public override ModuleContract Contract { get; } = ModuleContract.PerPage("renders each tree to the body HTML and lets go of the tree");

    /// <inheritdoc />
    protected override bool ShouldProcess(Page page) => page.Markdown is not null;

    /// <inheritdoc />
    protected override Page Process(Page page, BuildState state)
    {
        // Markdig's own overload rents a renderer and its buffer from the pipeline's pool, so the
        // extensions are set up once per renderer rather than once per page.
        // Nothing after this reads the tree, and the site index holds no page: letting go of it
        // here spares the garbage collector from walking every article's tree while the search
        // index and the layouts are built.
        return page with { BodyHtml = Markdig.Markdown.ToHtml(page.Markdown!, MarkdownPipelineFactory.Pipeline), Markdown = null };
    }
}
