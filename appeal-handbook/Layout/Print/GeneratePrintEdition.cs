using System.Net;
using System.Text;
using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Linking;

namespace AppealHandbook.Layout.Print;

/// <summary>
/// Adds <c>/{lang}/print/</c>: the whole handbook on one page in reading order, with a table of
/// contents, for printing or saving as PDF (sellers hand it to their team).
/// </summary>
/// <remarks>
/// Reading order: each violation type with its articles, in the order of the navigation; then the
/// guides, the glossary last. Articles are rewritten by <see cref="PrintBodyRewriter"/> so that
/// cross-references become links inside the page. Runs after the bodies are rendered and before
/// the layouts let go of them.
/// </remarks>
/// <param name="previousSection">
/// Given by a build with a cache that reuses pages: the finished section of a reused article in
/// the previous build's edition of a language (<c>&lt;article class="print-article"…&lt;/article&gt;</c>),
/// in UTF-8 as the edition is kept, or null when it cannot be had. A reused page has no body to rewrite, and its section is the same
/// as before, since nothing it shows changed. Null for a build without a cache.
/// </param>
/// <param name="keepsPrevious">
/// Given by a build with a cache that reuses pages: whether the previous build's file at an output
/// path stands for this build's. A language whose every article page is reused then keeps its
/// edition as it is, without reading or joining its sections. Null for a build without a cache.
/// </param>
public sealed class GeneratePrintEdition(Func<string, string, ReadOnlyMemory<byte>?>? previousSection = null, Func<string, bool>? keepsPrevious = null) : IModule
{
    /// <summary>The glossary's key: its terms come from the data file and close the edition.</summary>
    public const string GlossaryKey = "glossary";

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("adds the print edition of each language, from the articles' rendered bodies", [DataFacts.SiteData, LinkingFacts.Index], [],
        "the edition copies every article; preview shows a saved article's change there after the full build that follows");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var data = state.Get(DataFacts.SiteData);
        var pages = new List<Page>(state.Pages);
        var byUrl = state.Pages.Where(p => p.Kind == PageKind.Article).ToDictionary(p => p.Url, StringComparer.Ordinal);
        foreach (var lang in Language.All)
        {
            var t = data.Strings[lang];
            var edition = new Page
            {
                Kind = PageKind.Print,
                Lang = lang,
                Url = $"{lang}/print/",
                Title = t["print_edition"],
                Summary = t["print_description"],
            };
            var unchanged = keepsPrevious is not null
                && state.Pages.All(p => p.Kind != PageKind.Article || p.Lang != lang || p.Reused is not null)
                && keepsPrevious(edition.OutputPath);
            pages.Add(unchanged ? edition with { Reused = new ReusedPage() } : edition with { BodyParts = Body(state, lang, byUrl) });
        }

        state.Pages = [.. pages.OrderBy(p => p.Url, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The articles of <paramref name="lang"/> by type, in reading order: guides last, the glossary at
    /// the very end. The index holds what other pages need of an article, not its body, so the pages
    /// themselves are taken from <paramref name="current"/> by URL.
    /// </summary>
    public static IReadOnlyList<(ViolationType Type, IReadOnlyList<Page> Articles)> ReadingOrder(SiteIndex index, string lang, IReadOnlyDictionary<string, Page> current) =>
        [.. index.Navigation(lang)
            .Where(g => g.Articles.Length > 0)
            .OrderBy(g => g.Type.Id == FrontMatter.GuidesType ? 1 : 0) // a stable sort: the types keep their order
            .Select(g => (g.Type, (IReadOnlyList<Page>)[.. g.Articles.OrderBy(a => a.Key == GlossaryKey ? 1 : 0).Select(a => current.GetValueOrDefault(a.Url)).OfType<Page>()]))];

    private IReadOnlyList<ReadOnlyMemory<byte>> Body(BuildState state, string lang, IReadOnlyDictionary<string, Page> current)
    {
        var data = state.Get(DataFacts.SiteData);
        var index = state.Get(LinkingFacts.Index);
        var t = data.Strings[lang];
        var order = ReadingOrder(index, lang, current);
        var anchors = order.SelectMany(g => g.Articles).ToDictionary(a => a.Url, a => a.Key, StringComparer.Ordinal);
        var glossaryUrl = $"{lang}/{GlossaryKey}/";
        var rewriter = new PrintBodyRewriter(anchors, glossaryUrl);
        var html = new StringBuilder();

        html.Append("<nav class=\"print-toc\" aria-labelledby=\"print-contents\">\n<h2 id=\"print-contents\">").Append(E(t["print_contents"])).Append("</h2>\n<ol>\n");
        foreach (var (type, articles) in order)
        {
            html.Append("<li><a href=\"#").Append(TypeAnchor(type)).Append("\">").Append(E(type.Name[lang])).Append("</a>\n<ol>");
            foreach (var article in articles)
            {
                html.Append("<li><a href=\"#").Append(E(article.Key)).Append("\">").Append(E(article.Title)).Append("</a></li>");
            }

            html.Append("</ol></li>\n");
        }

        html.Append("</ol>\n</nav>\n");

        // Each article is rewritten on its own: the sections are made side by side, then joined in order.
        var all = order.SelectMany(g => g.Articles).ToList();
        var sections = new ReadOnlyMemory<byte>[all.Count];
        Parallel.For(0, all.Count, new ParallelOptions { MaxDegreeOfParallelism = state.Options.MaxDegreeOfParallelism },
            i => sections[i] = Section(all[i], lang, data, t, rewriter, anchors));
        // The edition is the size of the whole handbook (tens of megabytes a language at 10,000
        // pages): it is kept in parts, in UTF-8, and the layout writes them one after the other.
        var parts = new List<ReadOnlyMemory<byte>>(all.Count + 2 * order.Count + 1) { Encoding.UTF8.GetBytes(html.ToString()) };
        var next = 0;
        foreach (var (type, articles) in order)
        {
            parts.Add(Encoding.UTF8.GetBytes($"<section class=\"print-type\" id=\"{TypeAnchor(type)}\" aria-labelledby=\"{TypeAnchor(type)}-title\">\n"
                + $"<h2 id=\"{TypeAnchor(type)}-title\">{E(type.Name[lang])}</h2>\n<p class=\"lead\">{E(type.Description[lang])}</p>\n"));
            foreach (var _ in articles)
            {
                parts.Add(sections[next++]);
            }

            parts.Add(SectionEnd);
        }

        return parts;
    }

    /// <summary>A reused article's section, as the previous edition has it.</summary>
    private ReadOnlyMemory<byte> PreviousSection(Page article, string lang) =>
        previousSection?.Invoke(lang, article.Key)
        ?? throw new InvalidOperationException($"The previous print edition has no section for '{article.Key}'.");

    /// <summary>One article of the edition, in UTF-8: its heading, dates, summary, "Do this now" box and rewritten body.</summary>
    private ReadOnlyMemory<byte> Section(Page article, string lang, SiteData data, UiStrings t, PrintBodyRewriter rewriter, IReadOnlyDictionary<string, string> anchors)
    {
        if (article.Reused is not null)
        {
            return PreviousSection(article, lang);
        }

        // Each thread writes its sections into one builder and encodes them from its chunks: no
        // section is made a string, so the edition is not copied once more in UTF-16.
        var html = t_section ??= new StringBuilder();
        html.Clear();
        WriteSection(html, article, lang, data, t, rewriter, anchors);
        var bytes = Utf8(html);
        if (html.Capacity > LargestKeptBuilder)
        {
            t_section = null;
        }

        return bytes;
    }

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
        if (article.Key == GlossaryKey)
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

    /// <summary>A builder grown past this (a huge article) is let go rather than kept for the next build.</summary>
    private const int LargestKeptBuilder = 1 << 20;

    [ThreadStatic]
    private static StringBuilder? t_section;

    private static readonly byte[] SectionEnd = Encoding.UTF8.GetBytes("</section>\n");

    private static string TypeAnchor(ViolationType type) => "type-" + type.Id;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
