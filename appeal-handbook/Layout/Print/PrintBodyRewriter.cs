using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AppealHandbook.Linking;

namespace AppealHandbook.Layout.Print;

/// <summary>
/// Turns one article's body into a section of the print edition: its ids are prefixed with the
/// article's key so that every article's <c>#causes</c> stays distinct, links to articles that
/// are in the edition become in-page links, headings move down two levels under the type and
/// article headings, and the glossary tooltips (already spelled out in the edition's glossary)
/// are dropped.
/// </summary>
/// <param name="articleAnchors">Site URL of each article in the edition (<c>zh/a/</c>) → its section id.</param>
/// <param name="glossaryUrl">Site URL of the glossary, whose <c>#term-ID</c> anchors the edition keeps as they are.</param>
public sealed class PrintBodyRewriter(IReadOnlyDictionary<string, string> articleAnchors, string glossaryUrl)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The id of a heading or other element of <paramref name="key"/>'s body inside the edition.</summary>
    public static string Anchor(string key, string id) => key + "--" + id;

    /// <summary>Rewrites <paramref name="bodyHtml"/> of the article at site URL <paramref name="url"/> with key <paramref name="key"/>.</summary>
    public string Rewrite(string bodyHtml, string url, string key)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + bodyHtml);
        var body = document.Body!;

        foreach (var tip in body.QuerySelectorAll(".glossary-tip").ToList())
        {
            tip.Remove();
        }

        foreach (var element in body.QuerySelectorAll("[aria-describedby]"))
        {
            element.RemoveAttribute("aria-describedby");
        }

        foreach (var element in body.QuerySelectorAll("[id]"))
        {
            element.Id = Anchor(key, element.Id!);
        }

        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            link.SetAttribute("href", Link(link.GetAttribute("href")!, url, key));
        }

        foreach (var heading in body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList())
        {
            var level = Math.Min(6, heading.LocalName[1] - '0' + 2);
            var lower = document.CreateElement("h" + level);
            foreach (var attribute in heading.Attributes)
            {
                lower.SetAttribute(attribute.Name, attribute.Value);
            }

            while (heading.FirstChild is { } child)
            {
                lower.AppendChild(child);
            }

            heading.Replace(lower);
        }

        return body.InnerHtml;
    }

    private string Link(string href, string url, string key)
    {
        if (href.StartsWith('#'))
        {
            return href.Length == 1 ? "#" + key : "#" + Anchor(key, href[1..]);
        }

        // Absolute URLs, mailto: and the like stay as they are; relative ones were written for a
        // page at the same depth as the edition (/{lang}/KEY/ and /{lang}/print/), so those that
        // lead out of the edition still work unchanged.
        if (href.Contains(':', StringComparison.Ordinal) || href.StartsWith('/'))
        {
            return href;
        }

        var (path, fragment) = SitePaths.SplitFragment(href);
        var target = SitePaths.Combine(url, SitePaths.WithoutQuery(path));
        if (target is null)
        {
            return href;
        }

        if (target == glossaryUrl && fragment is not null && fragment.StartsWith("term-", StringComparison.Ordinal))
        {
            return "#" + fragment;
        }

        if (!articleAnchors.TryGetValue(target, out var anchor))
        {
            return href;
        }

        return fragment is null or "" ? "#" + anchor : "#" + Anchor(anchor, Uri.UnescapeDataString(fragment));
    }
}
