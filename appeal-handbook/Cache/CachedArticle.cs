using System.Collections.Immutable;
using AppealHandbook.Core;

namespace AppealHandbook.Cache;

/// <summary>
/// What the build cache keeps of one article: the hash of its source, what other pages read of it
/// (<see cref="ArticleSignature"/>), and everything later modules read of its page once it is
/// parsed, so a build that reuses its finished page needs neither its front matter parsed nor its
/// Markdown.
/// </summary>
/// <param name="Path">The source's display path (<c>input/zh/a.md</c>).</param>
/// <param name="SourceHash">Hash of the source text.</param>
/// <param name="Written">
/// The source file's length and write time when it was read, which spare the next build reading
/// it; default (unknown) when the file was written too close to the build to be told apart from a
/// later edit by its write time alone.
/// </param>
/// <param name="Signature">What other pages and the site-wide checks read of the article.</param>
/// <param name="FrontMatter">The validated front matter.</param>
/// <param name="Headings">The headings.</param>
/// <param name="Links">The links, resolved.</param>
/// <param name="Postings">Its postings in the search index, so that an edit elsewhere rebuilds only the shards it touches; null until the index is built.</param>
/// <param name="EvidenceItems">Task items of the evidence section.</param>
/// <param name="Diagnostics">What the build reported at the article's path, replayed when its page is reused.</param>
public sealed record CachedArticle(
    string Path,
    ContentHash SourceHash,
    SourceStamp Written,
    ContentHash Signature,
    FrontMatter FrontMatter,
    ImmutableArray<Heading> Headings,
    ImmutableArray<LinkRef> Links,
    PackedPostings? Postings,
    int EvidenceItems,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The article's page as the modules up to the search text would leave it, marked as reused;
    /// without its text, which only the search index reads, from <see cref="Postings"/> instead.
    /// </summary>
    public Page ToPage(SourceFile source) => new()
    {
        Kind = PageKind.Article,
        Lang = FrontMatter.Lang,
        Key = FrontMatter.Key,
        Url = $"{FrontMatter.Lang}/{FrontMatter.Key}/",
        Title = FrontMatter.Title,
        Summary = FrontMatter.Summary,
        Source = source,
        FrontMatter = FrontMatter,
        Headings = Headings,
        Links = Links,
        EvidenceItems = EvidenceItems,
        Reused = new ReusedPage(),
    };
}
