using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Linking;

namespace AppealHandbook.Layout;

/// <summary>
/// Adds the pages that come from no article: the language chooser at <c>/</c>, a home, a page per
/// violation type and per tag, search and translation status in each language, and <c>404.html</c>.
/// </summary>
public sealed class GeneratePages : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("adds the pages that come from no article", [DataFacts.SiteData, LinkingFacts.Index], [],
        "the generated pages show titles, summaries and types, which are unchanged, or preview runs a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var data = state.Get(DataFacts.SiteData);
        var pages = new List<Page>(state.Pages)
        {
            new() { Kind = PageKind.Chooser, Lang = "", Url = "", Title = $"{data.Config.Title.Zh} · {data.Config.Title.En}", Summary = data.Config.Description.Zh + " " + data.Config.Description.En },
            new() { Kind = PageKind.NotFound, Lang = "", Url = "404.html", Title = $"{data.Strings[Language.Zh]["not_found_title"]} · {data.Strings[Language.En]["not_found_title"]}" },
        };

        foreach (var lang in Language.All)
        {
            var t = data.Strings[lang];
            pages.Add(new Page { Kind = PageKind.Home, Lang = lang, Url = $"{lang}/", Title = data.Config.Title[lang], Summary = data.Config.Description[lang] });
            pages.Add(new Page { Kind = PageKind.Search, Lang = lang, Url = $"{lang}/search/", Title = t["search_title"], Summary = t["search_description"] });
            pages.Add(new Page { Kind = PageKind.Status, Lang = lang, Url = $"{lang}/status/", Title = t["status_title"], Summary = t["status_description"] });
            foreach (var type in data.Types)
            {
                pages.Add(new Page { Kind = PageKind.Type, Lang = lang, Url = $"{lang}/types/{type.Id}/", Key = type.Id, Title = type.Name[lang], Summary = type.Description[lang] });
            }

            foreach (var (slug, name) in state.Get(LinkingFacts.Index).Tags(lang))
            {
                pages.Add(new Page { Kind = PageKind.Tag, Lang = lang, Url = $"{lang}/tags/{slug}/", Key = slug, Title = $"{t["tag"]}: {name}", Summary = $"{t["tag"]}: {name}" });
            }
        }

        state.Pages = [.. pages.OrderBy(p => p.Url, StringComparer.Ordinal)];
    }
}
