using System.Net;
using AppealHandbook.Data;
using AppealHandbook.Pipeline;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Linking;

/// <summary>
/// Links the first mention of each glossary term (or one of its aliases) in an article to its
/// entry on the glossary page, with the definition as a tooltip.
/// </summary>
/// <remarks>
/// The tooltip is a real element referenced by <c>aria-describedby</c>, so screen readers read
/// the definition when the link gets focus, and the theme shows it on hover and on keyboard
/// focus; on a phone a tap follows the link to the glossary entry. Text inside headings, links
/// and code is left alone. Longer names are tried first, so 订单缺陷率 wins over 订单.
/// </remarks>
public sealed class LinkGlossaryTerms : PageModule
{
    /// <inheritdoc />
    protected override bool ShouldProcess(Page page) => page.Markdown is not null && page.Key != "glossary";

    /// <inheritdoc />
    protected override Page Process(Page page, BuildState state)
    {
        var names = NamesLongestFirst(state.Data!.Glossary);
        if (names.Count == 0)
        {
            return page;
        }

        var linked = new HashSet<string>(StringComparer.Ordinal);
        var glossaryUrl = page.RootPrefix + page.Lang + "/glossary/";
        var literals = page.Markdown!.Descendants<LiteralInline>()
            .Where(l => !InsideLink(l) && l.Parent?.ParentBlock is not HeadingBlock)
            .ToList();
        foreach (var literal in literals)
        {
            Link(literal, names, linked, glossaryUrl, page.Lang);
        }

        return page;
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    private static List<(string Name, GlossaryTerm Term)> NamesLongestFirst(IEnumerable<GlossaryTerm> terms) =>
        [.. terms
            .SelectMany(t => t.AllNames.Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal).Select(n => (Name: n, Term: t)))
            .OrderByDescending(x => x.Name.Length)
            .ThenBy(x => x.Name, StringComparer.Ordinal)];

    private static void Link(LiteralInline literal, List<(string Name, GlossaryTerm Term)> names, HashSet<string> linked, string glossaryUrl, string lang)
    {
        var text = literal.Content.ToString();
        foreach (var (name, term) in names)
        {
            if (linked.Contains(term.Id))
            {
                continue;
            }

            var at = Find(text, name);
            if (at < 0)
            {
                continue;
            }

            linked.Add(term.Id);
            var tipId = "tip-" + term.Id;
            var link = new LinkInline(glossaryUrl + "#" + term.Anchor, "");
            link.AppendChild(new LiteralInline(text.Substring(at, name.Length)));
            var attributes = link.GetAttributes();
            attributes.AddClass("glossary-link");
            attributes.AddProperty("aria-describedby", tipId);
            var tip = new HtmlInline($"<span class=\"glossary-tip\" role=\"tooltip\" id=\"{tipId}\">{WebUtility.HtmlEncode(term.Definition[lang])}</span>");

            var after = new LiteralInline(text[(at + name.Length)..]);
            literal.Content = new Markdig.Helpers.StringSlice(text[..at]);
            literal.InsertAfter(link);
            link.InsertAfter(tip);
            tip.InsertAfter(after);

            // Keep looking in the text after the link for other terms.
            Link(after, names, linked, glossaryUrl, lang);
            return;
        }
    }

    /// <summary>Finds <paramref name="name"/> in <paramref name="text"/>; Latin names only as whole words.</summary>
    private static int Find(string text, string name)
    {
        var latin = name.All(c => c < 0x3000);
        var comparison = latin && name.Length > 4 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var at = text.IndexOf(name, comparison);
        while (at >= 0 && latin && !IsBoundary(text, at - 1) | !IsBoundary(text, at + name.Length))
        {
            at = text.IndexOf(name, at + 1, comparison);
        }

        return at;
    }

    private static bool IsBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
