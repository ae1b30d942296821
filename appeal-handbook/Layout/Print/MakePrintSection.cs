using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Linking;

namespace AppealHandbook.Layout.Print;

/// <summary>
/// Makes each article's section of the print edition (<see cref="Page.PrintSection"/>): its
/// heading, dates, summary, "Do this now" box and body rewritten by <see cref="PrintBodyRewriter"/>,
/// in UTF-8. <see cref="GeneratePrintEdition"/> joins the sections in reading order.
/// </summary>
/// <remarks>
/// It runs in the article stage, between rendering and the layout: the section is made while the
/// body is at hand, so the body goes when the page is laid out instead of every article's body
/// waiting for the edition. A section reads only the article and the site index (which article
/// URLs the edition holds), never another article's body, so making them one at a time gives the
/// edition the whole-site pass gave.
/// </remarks>
public sealed class MakePrintSection : PageModule
{
    /// <inheritdoc />
    public override ModuleContract Contract { get; } = ModuleContract.PerPage(
        "makes each article's section of the print edition from its rendered body, in UTF-8", DataFacts.SiteData, LinkingFacts.Index);

    /// <summary>
    /// The rewriter of each language, made once per build: one build has one site index, and every
    /// article of a language rewrites against the same URLs.
    /// </summary>
    private static readonly ConditionalWeakTable<SiteIndex, Dictionary<string, (PrintBodyRewriter Rewriter, IReadOnlyDictionary<string, string> Anchors)>> Rewriters = [];

    /// <inheritdoc />
    protected override bool ShouldProcess(Page page) => page.Kind == PageKind.Article && page.BodyHtml is not null;

    /// <inheritdoc />
    protected override Page Process(Page page, BuildState state)
    {
        var data = state.Get(DataFacts.SiteData);
        var (rewriter, anchors) = Rewriters.GetValue(state.Get(LinkingFacts.Index), ForEachLanguage)[page.Lang];

        // Each thread writes its sections into one builder and encodes them from its chunks: no
        // section is made a string, so the edition is not copied once more in UTF-16.
        var html = Sections.Take();
        WriteSection(html, page, page.Lang, data, data.Strings[page.Lang], rewriter, anchors);
        var bytes = Utf8(html);
        Sections.Return(html);

        return page with { PrintSection = bytes };
    }

    /// <summary>
    /// The site URL of each article in the edition of a language (<c>zh/a/</c>) → the id of its
    /// section: every article the navigation lists, which is every article the edition holds.
    /// </summary>
    private static IReadOnlyDictionary<string, string> Anchors(SiteIndex index, string lang) =>
        index.Navigation(lang).SelectMany(g => g.Articles).ToDictionary(a => a.Url, a => a.Key, StringComparer.Ordinal);

    private static Dictionary<string, (PrintBodyRewriter Rewriter, IReadOnlyDictionary<string, string> Anchors)> ForEachLanguage(SiteIndex index) =>
        Language.All.ToDictionary(lang => lang, lang =>
        {
            var anchors = Anchors(index, lang);
            return (new PrintBodyRewriter(anchors, $"{lang}/{GeneratePrintEdition.GlossaryKey}/"), anchors);
        }, StringComparer.Ordinal);

    private static void WriteSection(StringBuilder html, Page article, string lang, SiteData data, UiStrings t, PrintBodyRewriter rewriter, IReadOnlyDictionary<string, string> anchors)
    {
        var fm = article.FrontMatter!;
        html.Append("<article class=\"print-article\" id=\"").Append(E(article.Key)).Append("\" aria-labelledby=\"").Append(E(article.Key)).Append("--title\">\n");
        html.Append("<h3 id=\"").Append(E(article.Key)).Append("--title\">").Append(E(article.Title)).Append("</h3>\n");
        html.Append("<p class=\"print-meta\">").Append(E(t["updated"])).Append(": <time datetime=\"").Append(DateFormat.Iso(fm.Updated)).Append("\">")
            .Append(E(DateFormat.Long(fm.Updated, lang))).Append("</time> · ").Append(E(t["print_online"])).Append(": <a href=\"")
            .Append(E(data.Config.AbsoluteUrl(article.Url))).Append("\">").Append(E(data.Config.AbsoluteUrl(article.Url))).Append("</a></p>\n");
        html.Append("<p class=\"lead\">").Append(E(article.Summary)).Append("</p>\n");
        AppendDoThisNow(html, fm, t);
        html.Append("<div class=\"prose\">\n");
        rewriter.Rewrite(article.BodyHtml ?? "", article.Url, article.Key, html);
        html.Append("\n</div>\n");
        if (article.Key == GeneratePrintEdition.GlossaryKey)
        {
            AppendGlossary(html, data, lang, anchors);
        }

        html.Append("</article>\n");
    }

    /// <summary>The builder's text in UTF-8; a character split across two chunks is encoded whole.</summary>
    private static byte[] Utf8(StringBuilder html)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var count = 0;
        foreach (var chunk in html.GetChunks())
        {
            count += encoder.GetByteCount(chunk.Span, flush: false);
        }

        count += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = new byte[count];
        var at = 0;
        foreach (var chunk in html.GetChunks())
        {
            at += encoder.GetBytes(chunk.Span, bytes.AsSpan(at), flush: false);
        }

        encoder.GetBytes([], bytes.AsSpan(at), flush: true);
        return bytes;
    }

    private static void AppendDoThisNow(StringBuilder html, FrontMatter fm, UiStrings t)
    {
        if (fm.FirstSteps.IsEmpty && fm.Avoid.IsEmpty)
        {
            return;
        }

        html.Append("<div class=\"do-now\">\n<p class=\"do-now-title\"><strong>").Append(E(t["do_now_title"])).Append("</strong></p>\n<div class=\"do-now-lists\">\n");
        if (!fm.FirstSteps.IsEmpty)
        {
            html.Append("<div class=\"do-now-steps\"><p><strong>").Append(E(t["do_now_steps"])).Append("</strong></p><ol>");
            foreach (var step in fm.FirstSteps)
            {
                html.Append("<li>").Append(E(step)).Append("</li>");
            }

            html.Append("</ol></div>\n");
        }

        if (!fm.Avoid.IsEmpty)
        {
            html.Append("<div class=\"do-now-avoid\"><p><strong>").Append(E(t["do_now_avoid"])).Append("</strong></p><ul>");
            foreach (var item in fm.Avoid)
            {
                html.Append("<li>").Append(E(item)).Append("</li>");
            }

            html.Append("</ul></div>\n");
        }

        html.Append("</div>\n</div>\n");
    }

    private static void AppendGlossary(StringBuilder html, SiteData data, string lang, IReadOnlyDictionary<string, string> anchors)
    {
        var other = Language.Other(lang);
        html.Append("<dl class=\"glossary\">\n");
        foreach (var (_, terms) in GlossaryIndex.Group(data.Glossary, lang))
        {
            foreach (var term in terms)
            {
                html.Append("<div class=\"glossary-term\" id=\"").Append(E(term.Anchor)).Append("\"><dt><dfn>").Append(E(term.Term[lang])).Append("</dfn> <span class=\"glossary-other\" lang=\"")
                    .Append(Language.HtmlLang(other)).Append("\">").Append(E(term.Term[other])).Append("</span></dt><dd>").Append(E(term.Definition[lang]));
                if (term.Article is { } key && anchors.ContainsKey($"{lang}/{key}/"))
                {
                    html.Append(" <a class=\"glossary-article\" href=\"#").Append(E(key)).Append("\">").Append(E(data.Strings[lang]["see_article"])).Append("</a>");
                }

                html.Append("</dd></div>\n");
            }
        }

        html.Append("</dl>\n");
    }

    /// <summary>Each thread's builder for the sections; one that a huge article grew past 1 Mi characters is not kept.</summary>
    private static readonly ThreadBuilder Sections = new(largestKept: 1 << 20);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
