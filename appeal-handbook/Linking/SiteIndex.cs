using System.Collections.Frozen;
using System.Collections.Immutable;
using AppealHandbook.Core;

namespace AppealHandbook.Linking;

/// <summary>
/// What pages know about each other: which key and section exists in which language, the
/// navigation by violation type, and who links to whom. Built once after every article is parsed,
/// from each article's <see cref="ArticleEntry"/>: the index holds no page, so it keeps no page's
/// Markdown tree alive.
/// </summary>
public sealed class SiteIndex
{
    // Plain dictionaries rather than frozen ones: built once per build with an entry per article
    // (tens of thousands at scale), where analysing the keys for a frozen table costs more than
    // its faster look-ups give back. What only some pages ask for (backlinks, tags) is gathered
    // when first asked: a build that reuses most pages from its cache renders few of them.
    private readonly Dictionary<string, ArticleEntry> _articles;
    private readonly FrozenDictionary<string, ImmutableArray<NavGroup>> _nav;
    private readonly Dictionary<string, int> _placeInType;
    private readonly Lazy<Dictionary<string, ImmutableArray<string>>> _backlinks;
    private readonly Lazy<List<(ArticleEntry Page, string Slug, string Name)>> _tagNames;
    private readonly Lazy<Dictionary<string, ImmutableArray<ArticleEntry>>> _tagged;
    private readonly Lazy<Dictionary<string, ImmutableArray<(string Slug, string Name)>>> _tags;

    /// <param name="articles">Every article's entry.</param>
    /// <param name="nav">The navigation of each language.</param>
    /// <param name="backlinks">Gives the keys of the articles that link to each article (by <c>lang/key</c>), when first asked.</param>
    internal SiteIndex(
        IEnumerable<ArticleEntry> articles,
        IReadOnlyDictionary<string, ImmutableArray<NavGroup>> nav,
        Func<Dictionary<string, ImmutableArray<string>>> backlinks)
    {
        var list = articles.ToList();
        _articles = list.ToDictionary(p => Id(p.Lang, p.Key), StringComparer.Ordinal);
        _nav = nav.ToFrozenDictionary(StringComparer.Ordinal);
        _backlinks = new(backlinks);
        _placeInType = new(StringComparer.Ordinal);
        foreach (var (lang, groups) in _nav)
        {
            foreach (var group in groups)
            {
                for (var i = 0; i < group.Articles.Length; i++)
                {
                    _placeInType[Id(lang, group.Articles[i].Key)] = i;
                }
            }
        }

        // Free-text tags written differently ("Metrics", "metrics") share a slug, and so a page.
        _tagNames = new(() => [.. list.SelectMany(p => p.Tags.Select(t => (Page: p, Slug: TagSlug.Of(t), Name: t)))]);
        _tagged = new(() => _tagNames.Value
            .GroupBy(x => Id(x.Page.Lang, x.Slug), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(x => x.Page).Distinct().OrderBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Url, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal));
        _tags = new(() => _tagNames.Value
            .GroupBy(x => x.Page.Lang, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(x => x.Slug, StringComparer.Ordinal)
                    .Select(s => (s.Key, s.Select(x => x.Name).Min(StringComparer.Ordinal)!))
                    .OrderBy(s => s.Key, StringComparer.Ordinal)
                    .ToImmutableArray(),
                StringComparer.Ordinal));
    }

    private static string Id(string lang, string key) => lang + "/" + key;

    /// <summary>The article with <paramref name="key"/> in <paramref name="lang"/>, or null.</summary>
    public ArticleEntry? Find(string lang, string key) => _articles.GetValueOrDefault(Id(lang, key));

    /// <summary>Whether the article has a heading with <paramref name="id"/> (an article has a handful: a look along them is as quick as a set).</summary>
    public bool HasSection(string lang, string key, string id) => Find(lang, key) is { } article && article.Headings.Any(h => h.Id == id);

    /// <summary>The counterpart of an article in the other language, or null.</summary>
    public ArticleEntry? Counterpart(Page page) => Find(Language.Other(page.Lang), page.Key);

    /// <summary>Violation types with their articles, in one language.</summary>
    public ImmutableArray<NavGroup> Navigation(string lang) => _nav.GetValueOrDefault(lang, []);

    /// <summary>Keys of the articles that link to this one, in the same language, sorted.</summary>
    public ImmutableArray<string> Backlinks(string lang, string key) => _backlinks.Value.GetValueOrDefault(Id(lang, key), []);

    /// <summary>
    /// Where <paramref name="page"/> stands in its type's list of articles (<see cref="Navigation"/>),
    /// or -1. Pages are immutable and replaced as they move through modules, so this goes by key,
    /// looked up rather than searched for: every page of a large type asks.
    /// </summary>
    public int PlaceInType(Page page) => _placeInType.GetValueOrDefault(Id(page.Lang, page.Key), -1);

    /// <summary>
    /// The tags of <paramref name="lang"/>'s articles by slug, in ordinal order, each with the name
    /// its page shows (the first, in ordinal order, of the ways it is written).
    /// </summary>
    public ImmutableArray<(string Slug, string Name)> Tags(string lang) => _tags.Value.GetValueOrDefault(lang, []);

    /// <summary>
    /// The articles of <paramref name="lang"/> with a tag whose slug is <paramref name="slug"/>, by
    /// title: a tag page's list, gathered once rather than by every tag page from every article.
    /// </summary>
    public ImmutableArray<ArticleEntry> Tagged(string lang, string slug) => _tagged.Value.GetValueOrDefault(Id(lang, slug), []);

    /// <summary>The articles before and after <paramref name="page"/> within its type.</summary>
    public (ArticleEntry? Previous, ArticleEntry? Next) Neighbours(Page page)
    {
        if (PlaceInType(page) is var index and >= 0
            && Navigation(page.Lang).FirstOrDefault(g => g.Type.Id == page.FrontMatter?.Type) is { } group
            && index < group.Articles.Length && group.Articles[index].Key == page.Key)
        {
            return (index > 0 ? group.Articles[index - 1] : null, index < group.Articles.Length - 1 ? group.Articles[index + 1] : null);
        }

        return (null, null);
    }
}
