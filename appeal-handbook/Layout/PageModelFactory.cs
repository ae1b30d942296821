using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Layout.Models;
using AppealHandbook.Linking;

namespace AppealHandbook.Layout;

/// <summary>
/// Builds what templates see for one page: URLs made relative to it, navigation in its language,
/// alternates, the language switch, table of contents, neighbours, related and backlinks.
/// </summary>
public sealed class PageModelFactory(BuildState state)
{
    private readonly SiteData _data = state.Get(DataFacts.SiteData);
    private readonly SiteIndex _index = state.Get(LinkingFacts.Index);

    /// <summary>Site-wide values relative to <paramref name="page"/>.</summary>
    public SiteModel Site(Page page)
    {
        var lang = page.Lang.Length > 0 ? page.Lang : Language.Zh;
        // The 404 page is served at any depth, so its links start from the base path.
        var root = page.Kind == PageKind.NotFound ? _data.Config.BasePath : page.RootPrefix;
        return new SiteModel(
            _data.Config.Title[lang],
            _data.Config.Description[lang],
            root,
            root + lang + "/",
            root + lang + "/search/",
            root + lang + "/glossary/",
            root + lang + "/disclaimer/",
            _data.Config.Repository,
            root + "assets/",
            root + lang + "/feed.xml",
            root + lang + "/status/")
        {
            PoaBuilder = page.Lang.Length > 0 && state.Get(PlanOfAction.PoaFacts.Library).HasBuilder ? root + lang + "/" + PlanOfAction.GeneratePoaBuilder.Slug + "/" : "",
        };
    }

    /// <summary>Most articles a sidebar lists for the current type; the type page lists them all.</summary>
    public const int SidebarWindow = 40;

    /// <summary>
    /// The sidebar for <paramref name="page"/>: every type, with the articles of the page's own type
    /// (a window around the page when the type is large, so page size stays bounded as the handbook grows).
    /// </summary>
    public IReadOnlyList<NavGroupModel> Navigation(Page page)
    {
        if (page.Lang.Length == 0)
        {
            return [];
        }

        var currentType = page.FrontMatter?.Type ?? (page.Kind == PageKind.Type ? page.Key : null);
        return [.. _index.Navigation(page.Lang).Select(g =>
        {
            var current = g.Type.Id == currentType;
            var shown = current ? Window(g, page) : [];
            return Group(g, page, current, [.. shown.Select(a => Link(page, a))]);
        })];
    }

    /// <summary>Every type with all its articles: the home page's table of contents.</summary>
    public IReadOnlyList<NavGroupModel> AllGroups(Page page) =>
        [.. _index.Navigation(page.Lang).Select(g => Group(g, page, false, [.. g.Articles.Select(a => Link(page, a))]))];

    private static NavGroupModel Group(NavGroup g, Page page, bool current, IReadOnlyList<LinkModel> articles) => new(
        g.Type.Id,
        g.Type.Name[page.Lang],
        g.Type.Description[page.Lang],
        page.RootPrefix + $"{page.Lang}/types/{g.Type.Id}/",
        current,
        articles,
        g.Articles.Length);

    private IEnumerable<ArticleEntry> Window(NavGroup group, Page page)
    {
        if (group.Articles.Length <= SidebarWindow)
        {
            return group.Articles;
        }

        var at = Math.Max(0, _index.PlaceInType(page)); // a type page: the start of the list
        var start = Math.Clamp(at - (SidebarWindow / 2), 0, group.Articles.Length - SidebarWindow);
        return group.Articles.Skip(start).Take(SidebarWindow);
    }

    /// <summary>The model of <paramref name="page"/>, without kind-specific lists.</summary>
    public PageModel Page(Page page, string layout)
    {
        var lang = page.Lang;
        var counterpart = CounterpartUrl(page);
        var model = new PageModel
        {
            Layout = layout,
            Lang = lang,
            HtmlLang = lang.Length > 0 ? Language.HtmlLang(lang) : "zh-Hans",
            Title = page.Title,
            Description = page.Summary.Length > 0 ? page.Summary : _data.Config.Description[lang.Length > 0 ? lang : Language.Zh],
            Canonical = _data.Config.AbsoluteUrl(page.Url),
            Key = page.Key,
        };

        model = model with
        {
            Alternates = [.. LanguageAlternates.Of(page, _index).Select(a => new AlternateModel(a.HrefLang, _data.Config.AbsoluteUrl(a.Url)))],
        };

        if (lang.Length == 0)
        {
            return model;
        }

        var other = Language.Other(lang);
        model = model with
        {
            SwitchLang = Language.HtmlLang(other),
            SwitchLabel = _data.Strings[lang]["language_" + other],
            SwitchAvailable = counterpart is not null,
            SwitchUrl = page.RootPrefix + (counterpart ?? other + "/"),
        };

        if (page.Kind != PageKind.Article)
        {
            return model;
        }

        var fm = page.FrontMatter!;
        var type = _data.FindType(fm.Type);
        var (previous, next) = _index.Neighbours(page);
        var counterpartPage = _index.Counterpart(page);
        return model with
        {
            Body = page.BodyHtml ?? "",
            Type = type is null ? null : new LinkModel(type.Name[lang], page.RootPrefix + $"{lang}/types/{type.Id}/"),
            Updated = DateFormat.Long(fm.Updated, lang),
            UpdatedIso = DateFormat.Iso(fm.Updated),
            EditUrl = _data.Config.EditUrl.Length > 0 ? _data.Config.EditUrlFor(page.Source!.Path) : "",
            Toc = TableOfContents(page.Headings),
            Previous = previous is null ? null : Link(page, previous),
            Next = next is null ? null : Link(page, next),
            Related = [.. fm.Related.Select(k => _index.Find(lang, k)).OfType<ArticleEntry>().Select(p => Link(page, p))],
            Backlinks = [.. _index.Backlinks(lang, page.Key).Select(k => _index.Find(lang, k)).OfType<ArticleEntry>().Select(p => Link(page, p))],
            Tags = [.. fm.Tags.Select(t => new LinkModel(t, page.RootPrefix + $"{lang}/tags/{TagSlug.Of(t)}/"))],
            Sources = [.. fm.Sources.Select(s => new LinkModel(s.Title, s.Url))],
            DoThisNow = DoThisNow(page, fm),
            PoaBuilderUrl = PoaBuilderModels.ArticleLink(page, state),
            StaleUrl = counterpartPage is not null && counterpartPage.Updated > fm.Updated ? page.RootPrefix + counterpartPage.Url : "",
        };
    }

    /// <summary>The box, when the article fills it; its deadline link goes to the guide's section, titled by that section's heading.</summary>
    private DoThisNowModel? DoThisNow(Page page, FrontMatter fm)
    {
        if (fm.FirstSteps.IsEmpty && fm.Avoid.IsEmpty)
        {
            return null;
        }

        var guide = fm.Deadline is null ? null : _index.Find(page.Lang, FrontMatter.DeadlinesKey);
        var section = guide?.Headings.FirstOrDefault(h => h.Id == fm.Deadline);
        var deadline = guide is null || section is null
            ? null
            : new LinkModel(section.Text, page.RootPrefix + guide.Url + "#" + section.Id, Summary: guide.Title);
        return new DoThisNowModel(fm.FirstSteps, fm.Avoid, deadline);
    }

    /// <summary>H2s with their H3s; an H3 before the first H2 stands on its own.</summary>
    private static List<TocItem> TableOfContents(IEnumerable<Heading> headings)
    {
        var items = new List<TocItem>();
        List<TocItem>? children = null;
        foreach (var heading in headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0))
        {
            if (heading.Level == 3 && children is not null)
            {
                children.Add(new TocItem(heading.Id, heading.Text, []));
                continue;
            }

            children = heading.Level == 2 ? [] : null;
            items.Add(new TocItem(heading.Id, heading.Text, (IReadOnlyList<TocItem>?)children ?? []));
        }

        return items;
    }

    /// <summary>A link from <paramref name="from"/> to the article <paramref name="to"/>.</summary>
    public static LinkModel Link(Page from, ArticleEntry to) =>
        new(to.Title, from.RootPrefix + to.Url, from.Url == to.Url, to.Summary);

    private string? CounterpartUrl(Page page)
    {
        var other = Language.Other(page.Lang);
        return page.Kind switch
        {
            PageKind.Article => _index.Counterpart(page)?.Url,
            PageKind.Tag => null, // tags are free text in each language and do not pair up
            _ => other + page.Url[page.Lang.Length..],
        };
    }
}
