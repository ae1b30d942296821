using System.Collections.Immutable;
using System.Text;
using AppealHandbook.Core;
using AppealHandbook.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AppealHandbook.Search;

/// <summary>
/// Takes each article's text, section by section, out of its Markdown tree for the search index
/// (<see cref="Page.TextSections"/>), after glossary links are added and before the tree is rendered.
/// </summary>
/// <remarks>
/// The index is built from this text rather than from the trees, so the trees can go as soon as
/// they are rendered: a tree is many small objects, which the garbage collector has to walk for
/// as long as it lives, and the index is the largest allocation of a build.
/// </remarks>
public sealed class ExtractSearchText : PageModule
{
    /// <inheritdoc />
    public override ModuleContract Contract { get; } = ModuleContract.PerPage("adds each article's text by section, read from its tree");

    /// <inheritdoc />
    protected override bool ShouldProcess(Page page) => page.Kind == PageKind.Article && page.Markdown is not null;

    /// <inheritdoc />
    protected override Page Process(Page page, BuildState state) => page with { TextSections = Sections(page) };

    /// <summary>The article's H2/H3 sections with the text under each; text before the first heading joins the first section.</summary>
    private static ImmutableArray<SearchSection> Sections(Page page)
    {
        var sections = ImmutableArray.CreateBuilder<SearchSection>();
        // One builder, emptied for each section. The text before the first heading starts the first section.
        var text = Texts.Take();
        string? id = null;
        string? heading = null;
        foreach (var block in page.Markdown!)
        {
            if (block is HeadingBlock { Level: 2 or 3 } h)
            {
                if (id is not null)
                {
                    sections.Add(new SearchSection(id, heading!, text.ToString()));
                    text.Clear();
                }

                id = h.GetAttributes().Id ?? "";
                heading = InlineText.Of(h.Inline);
                continue;
            }

            if (block is Markdig.Extensions.Yaml.YamlFrontMatterBlock)
            {
                continue; // BuildSearchIndex indexes the front matter field by field
            }

            PlainText.Append(block, text);
            text.Append('\n');
        }

        if (id is not null)
        {
            sections.Add(new SearchSection(id, heading!, text.ToString()));
        }
        else if (text.Length > 0)
        {
            sections.Add(new SearchSection("", page.Title, text.ToString()));
        }

        Texts.Return(text);
        return sections.DrainToImmutable();
    }

    /// <summary>Each thread's builder for the sections' text; one that a long article grew past 1 Mi characters is not kept.</summary>
    private static readonly ThreadBuilder Texts = new(largestKept: 1 << 20);
}
