using System.Collections.Frozen;
using System.Collections.Immutable;
using AppealHandbook.Content;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Linking;

/// <summary>
/// What pages know about each other: which key and section exists in which language, the
/// navigation by violation type, and who links to whom. Built once after every article is parsed.
/// </summary>
public sealed class SiteIndex
{
    private readonly FrozenDictionary<string, Page> _articles;
    private readonly FrozenDictionary<string, FrozenSet<string>> _ids;
    private readonly FrozenDictionary<string, ImmutableArray<NavGroup>> _nav;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _backlinks;
    private readonly FrozenDictionary<string, int> _placeInType;

    internal SiteIndex(
        IEnumerable<Page> articles,
        IReadOnlyDictionary<string, ImmutableArray<NavGroup>> nav,
        IReadOnlyDictionary<string, ImmutableArray<string>> backlinks)
    {
        var list = articles.ToList();
        _articles = list.ToFrozenDictionary(p => Id(p.Lang, p.Key), StringComparer.Ordinal);
        _ids = list.ToFrozenDictionary(p => Id(p.Lang, p.Key), p => p.Headings.Select(h => h.Id).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _nav = nav.ToFrozenDictionary(StringComparer.Ordinal);
        _backlinks = backlinks.ToFrozenDictionary(StringComparer.Ordinal);
        _placeInType = _nav
            .SelectMany(lang => lang.Value.SelectMany(g => g.Articles.Select((a, i) => (Id: Id(lang.Key, a.Key), Place: i))))
            .ToFrozenDictionary(x => x.Id, x => x.Place, StringComparer.Ordinal);
    }

    private static string Id(string lang, string key) => lang + "/" + key;

    /// <summary>The article with <paramref name="key"/> in <paramref name="lang"/>, or null.</summary>
    public Page? Find(string lang, string key) => _articles.GetValueOrDefault(Id(lang, key));

    /// <summary>Whether the article has a heading with <paramref name="id"/>.</summary>
    public bool HasSection(string lang, string key, string id) => _ids.TryGetValue(Id(lang, key), out var ids) && ids.Contains(id);

    /// <summary>The counterpart of an article in the other language, or null.</summary>
    public Page? Counterpart(Page page) => Find(Language.Other(page.Lang), page.Key);

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

    /// <summary>The articles before and after <paramref name="page"/> within its type.</summary>
    public (Page? Previous, Page? Next) Neighbours(Page page)
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
