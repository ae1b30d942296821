using AppealHandbook.Core;

namespace AppealHandbook.Linking;

/// <summary>
/// A page's <c>hreflang</c> alternates (SPEC §5), the same in its <c>&lt;head&gt;</c> and in the
/// sitemap. Each set is reciprocal: every page it names lists the same set, as search engines
/// require before they trust it.
/// </summary>
/// <remarks>
/// The chooser at <c>/</c> and the two homes form one set whose <c>x-default</c> is the chooser.
/// Every other page pairs with its counterpart, and its <c>x-default</c> is the English version
/// (the one a reader of neither language is likelier to read): pointing it at <c>/</c> would name
/// a page that does not name it back. A page without a counterpart has no alternates.
/// </remarks>
public static class LanguageAlternates
{
    /// <summary>The <c>x-default</c> language of a pair.</summary>
    public const string DefaultLanguage = Language.En;

    /// <summary>(hreflang, site-relative URL) pairs for <paramref name="page"/>, x-default last; empty when it has none.</summary>
    public static IReadOnlyList<(string HrefLang, string Url)> Of(Page page, SiteIndex index)
    {
        if (page.Kind is PageKind.Chooser or PageKind.Home)
        {
            return [.. Language.All.Select(l => (Language.HtmlLang(l), l + "/")), ("x-default", "")];
        }

        if (page.Lang.Length == 0 || page.Kind == PageKind.Tag)
        {
            return [];
        }

        // Generated pages (homes, types, search, status) exist in both languages; an article may not.
        var versions = new List<(string Lang, string Url)>();
        foreach (var lang in Language.All)
        {
            var url = page.Kind == PageKind.Article
                ? index.Find(lang, page.Key)?.Url
                : lang + page.Url[page.Lang.Length..];
            if (url is not null)
            {
                versions.Add((lang, url));
            }
        }

        if (versions.Count < 2)
        {
            return [];
        }

        return [.. versions.Select(v => (Language.HtmlLang(v.Lang), v.Url)), ("x-default", versions.First(v => v.Lang == DefaultLanguage).Url)];
    }
}
