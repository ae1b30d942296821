using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html;
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

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>The id of a heading or other element of <paramref name="key"/>'s body inside the edition.</summary>
    public static string Anchor(string key, string id) => key + "--" + id;

    /// <summary>Rewrites <paramref name="bodyHtml"/> of the article at site URL <paramref name="url"/> with key <paramref name="key"/>.</summary>
    public string Rewrite(string bodyHtml, string url, string key)
    {
        var body = Parser.ParseDocument("<!DOCTYPE html><html><body>" + bodyHtml).Body!;

        // The body is written out rather than edited in the tree: removing or replacing a child
        // searches its parent's list of children, which made a body of many headings cost
        // quadratic time. One walk drops the tips, lowers the headings and rewrites ids and links.
        var html = new StringBuilder(bodyHtml.Length);
        foreach (var child in body.ChildNodes)
        {
            Write(child, html, url, key);
        }

        return html.ToString();
    }

    private void Write(INode node, StringBuilder html, string url, string key)
    {
        switch (node)
        {
            case IElement element when element.ClassList.Contains("glossary-tip"):
                return;
            case IElement element:
                var name = Lowered(element.LocalName);
                html.Append('<').Append(name);
                foreach (var attribute in element.Attributes)
                {
                    var value = attribute.Name switch
                    {
                        "aria-describedby" => null, // the tip it names is dropped
                        "id" => Anchor(key, attribute.Value),
                        "href" when element.LocalName == "a" => Link(attribute.Value, url, key),
                        _ => attribute.Value,
                    };
                    if (value is not null)
                    {
                        html.Append(' ').Append(attribute.Name).Append("=\"").Append(EscapeAttribute(value)).Append('"');
                    }
                }

                html.Append('>');
                if (VoidElements.Contains(element.LocalName))
                {
                    return;
                }

                foreach (var child in element.ChildNodes)
                {
                    Write(child, html, url, key);
                }

                html.Append("</").Append(name).Append('>');
                return;
            case ICharacterData text when node.NodeType == NodeType.Text:
                html.Append(HtmlMarkupFormatter.Instance.Text(text));
                return;
            case IComment comment:
                html.Append(HtmlMarkupFormatter.Instance.Comment(comment));
                return;
        }
    }

    /// <summary>Headings move down two levels, under the edition's type and article headings.</summary>
    private static string Lowered(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? "h" + Math.Min(6, name[1] - '0' + 2) : name;

    private static string EscapeAttribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\u00a0", "&nbsp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

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
