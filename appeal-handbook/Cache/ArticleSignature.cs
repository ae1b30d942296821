using System.Text;
using AppealHandbook.Core;

namespace AppealHandbook.Cache;

/// <summary>
/// What other pages and the site-wide modules read of an article, as one hash: its whole front
/// matter (with the line of each field, which messages about it name), its headings (level, id,
/// text), its links as written, and the number of items of its evidence checklist. An edit that
/// leaves these alone (the prose of one article) leaves every other page as it was.
/// </summary>
/// <remarks>
/// The search index reads the prose too, but it is always built again, from every article's text.
/// Positions of headings and links are left out: only the article's own page and messages use them.
/// </remarks>
internal static class ArticleSignature
{
    /// <summary>The signature of <paramref name="page"/>, parsed, with <paramref name="evidenceItems"/> evidence items.</summary>
    public static ContentHash Of(Page page, int evidenceItems)
    {
        var front = page.FrontMatter!;
        var text = new StringBuilder();
        void Add(object? value) => text.Append(value).Append('\u0001');
        Add(page.Url);
        Add(page.Title);
        Add(page.Summary);
        Add(front.Title);
        Add(front.Key);
        Add(front.Lang);
        Add(front.Type);
        Add(front.Summary);
        Add(front.Updated.DayNumber);
        Add(front.Deadline ?? "\u0002");
        foreach (var list in new[] { front.Related, front.Tags, front.Aliases, front.FirstSteps, front.Avoid })
        {
            Add(list.Length);
            list.ToList().ForEach(Add);
        }

        Add(front.Sources.Length);
        foreach (var source in front.Sources)
        {
            Add(source.Title);
            Add(source.Url);
        }

        foreach (var (field, line) in front.Lines.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Add(field);
            Add(line);
        }

        Add(page.Headings.Length);
        foreach (var heading in page.Headings)
        {
            Add(heading.Level);
            Add(heading.Id);
            Add(heading.Text);
        }

        Add(page.Links.Length);
        foreach (var link in page.Links)
        {
            Add(link.Url);
            Add(link.IsImage);
            Add(link.HasAlt);
        }

        Add(evidenceItems);
        return ContentHash.Of(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The hash of an article's source text, which decides whether its cached record applies.</summary>
    public static ContentHash OfSource(SourceFile source) => ContentHash.Of(source.Text);
}
