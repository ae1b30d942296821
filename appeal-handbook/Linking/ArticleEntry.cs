using System.Collections.Immutable;
using AppealHandbook.Core;

namespace AppealHandbook.Linking;

/// <summary>
/// What other pages need to know of an article: where it is, what it is called and its headings.
/// The <see cref="SiteIndex"/> keeps these rather than the pages, so that each page's Markdown tree
/// can go as soon as the page is rendered.
/// </summary>
/// <param name="Lang">Its language.</param>
/// <param name="Key">Its key.</param>
/// <param name="Url">Its site path (<c>zh/a/</c>).</param>
/// <param name="Title">Its title.</param>
/// <param name="Summary">Its summary.</param>
/// <param name="Type">Its violation type id.</param>
/// <param name="Updated">The date of the last change to its facts.</param>
/// <param name="Aliases">Its extra search terms.</param>
/// <param name="Tags">Its free tags.</param>
/// <param name="Headings">Its headings, in order (ids and text, for links to its sections).</param>
public sealed record ArticleEntry(
    string Lang,
    string Key,
    string Url,
    string Title,
    string Summary,
    string Type,
    DateOnly Updated,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Tags,
    ImmutableArray<Heading> Headings)
{
    /// <summary>The entry of an article page.</summary>
    public static ArticleEntry Of(Page page)
    {
        var frontMatter = page.FrontMatter ?? throw new ArgumentException("Only article pages have an entry.", nameof(page));
        return new ArticleEntry(page.Lang, page.Key, page.Url, page.Title, page.Summary, frontMatter.Type, frontMatter.Updated,
            frontMatter.Aliases, frontMatter.Tags, page.Headings);
    }
}
