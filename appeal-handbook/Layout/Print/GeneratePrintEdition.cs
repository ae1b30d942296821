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
/// guides, the glossary last. Each article's section is made in the article stage
/// (<see cref="MakePrintSection"/>), where its body is rewritten so that cross-references become
/// links inside the page; this module writes the contents and joins the sections.
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
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("adds the print edition of each language, from the articles' sections (MakePrintSection)", [DataFacts.SiteData, LinkingFacts.Index], [],
        "the edition copies every article; preview shows a saved article's change there after the full build that follows");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var data = state.Get(DataFacts.SiteData);
        var byUrl = state.Pages.Where(p => p.Kind == PageKind.Article).ToDictionary(p => p.Url, StringComparer.Ordinal);
        // The edition holds the sections now; the articles let go of them.
        var pages = new List<Page>(state.Pages.Select(p => p.PrintSection is null ? p : p with { PrintSection = null }));
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

        // The edition is the size of the whole handbook (tens of megabytes a language at 10,000
        // pages): it is kept in parts, in UTF-8, and the layout writes them one after the other.
        var parts = new List<ReadOnlyMemory<byte>>(order.Sum(g => g.Articles.Count) + 2 * order.Count + 1) { Encoding.UTF8.GetBytes(html.ToString()) };
        foreach (var (type, articles) in order)
        {
            parts.Add(Encoding.UTF8.GetBytes($"<section class=\"print-type\" id=\"{TypeAnchor(type)}\" aria-labelledby=\"{TypeAnchor(type)}-title\">\n"
                + $"<h2 id=\"{TypeAnchor(type)}-title\">{E(type.Name[lang])}</h2>\n<p class=\"lead\">{E(type.Description[lang])}</p>\n"));
            foreach (var article in articles)
            {
                parts.Add(Section(article, lang));
            }

            parts.Add(SectionEnd);
        }

        return parts;
    }

    /// <summary>A reused article's section, as the previous edition has it.</summary>
    private ReadOnlyMemory<byte> PreviousSection(Page article, string lang) =>
        previousSection?.Invoke(lang, article.Key)
        ?? throw new InvalidOperationException($"The previous print edition has no section for '{article.Key}'.");

    /// <summary>An article's section: made in the article stage (<see cref="MakePrintSection"/>), or the previous edition's for a reused page.</summary>
    private ReadOnlyMemory<byte> Section(Page article, string lang) =>
        article.Reused is not null ? PreviousSection(article, lang)
        : article.PrintSection ?? throw new InvalidOperationException($"'{article.Url}' has no print section; {nameof(MakePrintSection)} runs before the edition.");

    private static readonly byte[] SectionEnd = Encoding.UTF8.GetBytes("</section>\n");

    private static string TypeAnchor(ViolationType type) => "type-" + type.Id;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
