using System.Collections.Immutable;
using AppealHandbook.Core;
using AppealHandbook.Markdown.Extensions.ContentSafety;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Markdown;

/// <summary>
/// Parses each article's Markdown, records what the site-wide steps need of it (its headings and
/// links with their source positions, its evidence items), and rejects what could put script
/// into the page: raw HTML, attributes other than <c>id</c> and <c>class</c>, and
/// <c>javascript:</c>-like URLs. The tree is kept for <see cref="ArticleTrees"/> only on a small
/// site (<see cref="BuildOptions.KeepTreesUpTo"/>); otherwise that stage parses the article again.
/// </summary>
/// <remarks>
/// A tree is about 29 KiB of small objects a page. Kept from here to rendering on a large site,
/// every article's tree was alive at once: the most of its memory, and what each collection
/// walked and copied. Parsing twice costs less than that (bench/RESULTS.md).
/// </remarks>
public sealed class ParseMarkdown : PageModule
{
    /// <inheritdoc />
    public override ModuleContract Contract { get; } = ModuleContract.PerPage("parses each article's Markdown; adds its headings, links and evidence items, and its tree on a small site");

    /// <inheritdoc />
    protected override bool ShouldProcess(Page page) => page.Source is not null;

    /// <inheritdoc />
    protected override Page Process(Page page, BuildState state)
    {
        var source = page.Source!;
        if (Tree(source, state.Diagnostics) is not { } document)
        {
            return page;
        }

        var headings = ImmutableArray.CreateBuilder<Heading>();
        var links = ImmutableArray.CreateBuilder<LinkRef>();

        foreach (var node in TreeWalk.All<MarkdownObject>(document))
        {
            switch (node)
            {
                case HeadingBlock heading:
                    var text = InlineText.Of(heading.Inline);
                    var id = heading.GetAttributes().Id ?? "";
                    if (!text.Any(char.IsLetterOrDigit) || id.Length == 0)
                    {
                        state.Diagnostics.Error(source.Path, heading.Line + 1, heading.Column + 1, DiagnosticCodes.EmptyHeading,
                            "The heading has no text (or no id can be made from it). Give it words, and an explicit id such as `{#causes}`.");
                    }

                    headings.Add(new Heading(heading.Level, id, text, heading.Line + 1, heading.Column + 1));
                    break;
                case LinkInline link:
                    var url = link.Url ?? "";
                    if (UrlSafety.IsUnsafe(url))
                    {
                        state.Diagnostics.Error(source.Path, link.Line + 1, link.Column + 1, DiagnosticCodes.UnsafeUrl,
                            "This URL could run script in the reader's browser (javascript:, data:, vbscript:). Link to an https:// page or an xref: instead.");
                    }

                    links.Add(new LinkRef(url, link.Line + 1, link.Column + 1, link.IsImage, InlineText.Of(link).Length > 0));
                    break;
                case AutolinkInline autolink when UrlSafety.IsUnsafe(autolink.Url):
                    state.Diagnostics.Error(source.Path, autolink.Line + 1, autolink.Column + 1, DiagnosticCodes.UnsafeUrl,
                        "This URL could run script in the reader's browser. Link to an https:// page instead.");
                    break;
                case RejectedHtmlBlock or RejectedHtmlInline:
                    state.Diagnostics.Error(source.Path, node.Line + 1, node.Column + 1, DiagnosticCodes.RawHtml,
                        "Raw HTML is not allowed in articles. Use Markdown instead (a list, a table, `> [!NOTE]` for a callout, a trailing backslash for a line break).");
                    break;
            }

            if (node.TryGetAttributes() is { Properties.Count: > 0 } attributes)
            {
                state.Diagnostics.Error(source.Path, node.Line + 1, node.Column + 1, DiagnosticCodes.UnsafeAttribute,
                    $"Only {{#id}} and {{.class}} attributes are allowed; remove '{attributes.Properties[0].Key}'.");
            }
        }

        var recorded = headings.ToImmutable();
        return page with
        {
            BodyParsed = true,
            Headings = recorded,
            Links = links.ToImmutable(),
            EvidenceItems = EvidenceSection.TaskItems(document, recorded),
            Markdown = state.Pages.Length <= state.Options.KeepTreesUpTo ? document : null,
        };
    }

    /// <summary>
    /// The tree of <paramref name="source"/>'s body, or null (with the reason in
    /// <paramref name="diagnostics"/>) when it is beyond <see cref="MarkdownLimits"/>.
    /// </summary>
    private static MarkdownDocument? Tree(SourceFile source, DiagnosticBag diagnostics)
    {
        if (!MarkdownLimits.Check(source.Text, source.Path, diagnostics))
        {
            return null;
        }

        var document = Parse(source, diagnostics);
        return MarkdownLimits.CheckTree(document, source.Path, diagnostics) ? document : null;
    }

    /// <summary>
    /// The tree of a body this module accepted (<see cref="Page.BodyParsed"/>), for
    /// <see cref="ArticleTrees"/>: the same text gives the same tree and passes the same limits, so
    /// they are not checked again (the tree check walks every node), and what the parse reports
    /// was reported the first time.
    /// </summary>
    internal static MarkdownDocument ParseAgain(SourceFile source) => Parse(source, new DiagnosticBag());

    private static MarkdownDocument Parse(SourceFile source, DiagnosticBag diagnostics)
    {
        // Headings and body text never carry invisible format characters into the page; the front
        // matter (skipped by the parser) was read, and its fields cleaned, by ParseFrontMatter.
        var visible = InvisibleCharacters.StripBody(source.Text, source.Path, diagnostics);
        return Markdig.Markdown.Parse(visible, MarkdownPipelineFactory.Pipeline);
    }
}
