using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Markdown.Extensions.GlossaryLinks;
using AppealHandbook.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Linking;

/// <summary>
/// Links the first mention of each glossary term (or one of its aliases) in an article to its
/// entry on the glossary page, with the definition as a tooltip.
/// </summary>
/// <remarks>
/// Each link is a <see cref="GlossaryLinkInline"/>, a node of its own rendered by its own renderer
/// (<see cref="HtmlGlossaryLinkRenderer"/>), never raw HTML, so the rule that articles hold no raw
/// HTML does not depend on where this module runs. On a phone a tap follows the link to the
/// glossary entry. Text inside headings, links
/// and code is left alone. Terms are found from left to right; where names overlap the longer
/// one wins, so 订单缺陷率 is linked rather than 订单 (see <see cref="GlossaryMatcher"/>).
/// </remarks>
public sealed class LinkGlossaryTerms : PageModule
{
    /// <inheritdoc />
    public override ModuleContract Contract { get; } = ModuleContract.PerPage("links the first mention of each glossary term in the tree", DataFacts.SiteData);

    /// <inheritdoc />
    protected override bool ShouldProcess(Page page) => page.Markdown is not null && page.Key != "glossary";

    /// <inheritdoc />
    protected override Page Process(Page page, BuildState state)
    {
        var data = state.Get(DataFacts.SiteData);
        var glossary = data.Glossary;
        if (glossary.IsEmpty)
        {
            return page;
        }

        var linked = new HashSet<GlossaryTerm>(ReferenceEqualityComparer.Instance);
        Func<GlossaryTerm, bool> notLinkedYet = term => !linked.Contains(term);
        var glossaryUrl = page.RootPrefix + page.Lang + "/glossary/";
        var literals = TreeWalk.All<LiteralInline>(page.Markdown!)
            .Where(l => !InsideLink(l) && l.Parent?.ParentBlock is not HeadingBlock)
            .ToList();
        foreach (var literal in literals)
        {
            if (linked.Count == glossary.Length)
            {
                break;
            }

            Link(literal, data.GlossaryNames, linked, notLinkedYet, glossaryUrl, page.Lang);
        }

        return page;
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline or GlossaryLinkInline)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Links, from left to right, each term of <paramref name="literal"/> not linked yet on the page.</summary>
    private static void Link(LiteralInline literal, GlossaryMatcher names, HashSet<GlossaryTerm> linked, Func<GlossaryTerm, bool> notLinkedYet, string glossaryUrl, string lang)
    {
        // Most literals have no term left to link: search the parsed text in place, copy it only on a match.
        if (names.FindFirst(literal.Content.AsSpan(), 0, notLinkedYet) is not var (at, length, term))
        {
            return;
        }

        var text = literal.Content.ToString();
        linked.Add(term);
        var link = new GlossaryLinkInline { Url = glossaryUrl + "#" + term.Anchor, TipId = "tip-" + term.Id, Definition = term.Definition[lang] };
        link.AppendChild(new LiteralInline(text.Substring(at, length)));

        var after = new LiteralInline(text[(at + length)..]);
        literal.Content = new Markdig.Helpers.StringSlice(text[..at]);
        literal.InsertAfter(link);
        link.InsertAfter(after);

        // Keep looking in the text after the link for other terms.
        Link(after, names, linked, notLinkedYet, glossaryUrl, lang);
    }
}
