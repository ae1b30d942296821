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
    // its faster look-ups give back.
    private readonly Dictionary<string, ArticleEntry> _articles;
    private readonly Dictionary<string, HashSet<string>> _ids;
    private readonly FrozenDictionary<string, ImmutableArray<NavGroup>> _nav;
    private readonly Dictionary<string, ImmutableArray<string>> _backlinks;
    private readonly Dictionary<string, int> _placeInType;
    private readonly Dictionary<string, ImmutableArray<ArticleEntry>> _tagged;
    private readonly Dictionary<string, ImmutableArray<(string Slug, string Name)>> _tags;

    internal SiteIndex(
        IEnumerable<ArticleEntry> articles,
        IReadOnlyDictionary<string, ImmutableArray<NavGroup>> nav,
        IReadOnlyDictionary<string, ImmutableArray<string>> backlinks)
    {
        var list = articles.ToList();
        _articles = list.ToDictionary(p => Id(p.Lang, p.Key), StringComparer.Ordinal);
        _ids = list.ToDictionary(p => Id(p.Lang, p.Key), p => p.Headings.Select(h => h.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _nav = nav.ToFrozenDictionary(StringComparer.Ordinal);
        _backlinks = backlinks.ToDictionary(StringComparer.Ordinal);
        _placeInType = _nav
            .SelectMany(lang => lang.Value.SelectMany(g => g.Articles.Select((a, i) => (Id: Id(lang.Key, a.Key), Place: i))))
            .ToDictionary(x => x.Id, x => x.Place, StringComparer.Ordinal);
        // Free-text tags written differently ("Metrics", "metrics") share a slug, and so a page.
        var tagged = list.SelectMany(p => p.Tags.Select(t => (Page: p, Slug: TagSlug.Of(t), Name: t))).ToList();
        _tagged = tagged
            .GroupBy(x => Id(x.Page.Lang, x.Slug), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(x => x.Page).Distinct().OrderBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Url, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);
        _tags = tagged
            .GroupBy(x => x.Page.Lang, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(x => x.Slug, StringComparer.Ordinal)
                    .Select(s => (s.Key, s.Select(x => x.Name).Order(StringComparer.Ordinal).First()))
                    .OrderBy(s => s.Key, StringComparer.Ordinal)
                    .ToImmutableArray(),
                StringComparer.Ordinal);
    }

    private static string Id(string lang, string key) => lang + "/" + key;

    /// <summary>The article with <paramref name="key"/> in <paramref name="lang"/>, or null.</summary>
    public ArticleEntry? Find(string lang, string key) => _articles.GetValueOrDefault(Id(lang, key));

    /// <summary>Whether the article has a heading with <paramref name="id"/>.</summary>
    public bool HasSection(string lang, string key, string id) => _ids.TryGetValue(Id(lang, key), out var ids) && ids.Contains(id);

    /// <summary>The counterpart of an article in the other language, or null.</summary>
    public ArticleEntry? Counterpart(Page page) => Find(Language.Other(page.Lang), page.Key);

    /// <summary>Violation types with their articles, in one language.</summary>
    public ImmutableArray<NavGroup> Navigation(string lang) => _nav.GetValueOrDefault(lang, []);

    /// <summary>Keys of the articles that link to this one, in the same language, sorted.</summary>
    public ImmutableArray<string> Backlinks(string lang, string key) => _backlinks.GetValueOrDefault(Id(lang, key), []);

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
    public ImmutableArray<(string Slug, string Name)> Tags(string lang) => _tags.GetValueOrDefault(lang, []);

    /// <summary>
    /// The articles of <paramref name="lang"/> with a tag whose slug is <paramref name="slug"/>, by
    /// title: a tag page's list, gathered once rather than by every tag page from every article.
    /// </summary>
    public ImmutableArray<ArticleEntry> Tagged(string lang, string slug) => _tagged.GetValueOrDefault(Id(lang, slug), []);

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
