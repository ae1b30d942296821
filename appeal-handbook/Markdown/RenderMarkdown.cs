using AppealHandbook.Core;
using AppealHandbook.Markdown.Extensions.SiteLinks;

namespace AppealHandbook.Markdown;

/// <summary>Renders each article's Markdown tree to HTML, its links with the addresses <c>ResolveLinks</c> found.</summary>
public sealed class RenderMarkdown : PageModule
{
    /// <inheritdoc />
    public override ModuleContract Contract { get; } = ModuleContract.PerPage("renders each tree, with its links' resolved addresses, to the body HTML and lets go of the tree");

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
        var document = page.Markdown!;
        SiteLinkHrefs.Set(document, page.Links.Where(l => l.Href is not null).ToDictionary(l => (l.Line, l.Column), l => l.Href!));
        return page with { BodyHtml = Markdig.Markdown.ToHtml(document, MarkdownPipelineFactory.Pipeline), Markdown = null };
    }
}
