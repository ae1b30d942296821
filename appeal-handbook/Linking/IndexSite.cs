using System.Collections.Immutable;
using AppealHandbook.Core;
using AppealHandbook.Data;

namespace AppealHandbook.Linking;

/// <summary>
/// Builds the <see cref="SiteIndex"/>: navigation by violation type (order from
/// violation-types.yml, then title) and backlinks from every article's <c>xref:</c> links.
/// </summary>
public sealed class IndexSite : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [DataFacts.SiteData], [LinkingFacts.Index],
        "what it reads of the edited page (title, type, tags, section ids, xref targets) is unchanged, or preview runs a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var data = state.Get(DataFacts.SiteData);
        var articles = state.Pages.Where(p => p.Kind == PageKind.Article).Select(ArticleEntry.Of).ToList();
        var nav = new Dictionary<string, ImmutableArray<NavGroup>>(StringComparer.Ordinal);
        foreach (var lang in Language.All)
        {
            nav[lang] = [.. data.Types.Select(type => new NavGroup(type, [.. articles
                .Where(p => p.Lang == lang && p.Type == type.Id)
                .OrderBy(p => type.Order.IndexOf(p.Key) is var i and >= 0 ? i : int.MaxValue)
                .ThenBy(p => p.Title, StringComparer.Ordinal)
                .ThenBy(p => p.Key, StringComparer.Ordinal)]))];
        }

        // The links are kept, not the pages: the index keeps no page's Markdown tree alive.
        var links = state.Pages.Where(p => p.Kind == PageKind.Article).Select(p => (p.Lang, p.Key, p.Links)).ToList();
        state.Add(LinkingFacts.Index, new SiteIndex(articles, nav, () => Backlinks(links)));
    }

    /// <summary>For each article (<c>lang/key</c>), the keys of the other articles of its language that link to it, in ordinal order.</summary>
    private static Dictionary<string, ImmutableArray<string>> Backlinks(IEnumerable<(string Lang, string Key, ImmutableArray<LinkRef> Links)> articles) =>
        articles
            .SelectMany(p => p.Links
                .Select(l => CrossLink.TryParse(l.Url, out var x) ? x.Key : null)
                .Where(k => k is not null && k != p.Key)
                .Distinct(StringComparer.Ordinal)
                .Select(target => (Target: p.Lang + "/" + target, Source: p.Key)))
            .GroupBy(x => x.Target, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
}
