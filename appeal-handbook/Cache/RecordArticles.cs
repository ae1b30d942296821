using AppealHandbook.Core;

namespace AppealHandbook.Cache;

/// <summary>
/// Keeps, in the build cache, what the next build needs to reuse each article's page: its front
/// matter, headings, resolved links and evidence items (its search postings follow, from
/// <see cref="UpdateSearchIndex"/>), with the signature that
/// decides whether an edit to it changes other pages. It runs once each article's own modules
/// are done (<see cref="Markdown.ArticleTrees"/>), so its links are resolved; a reused page keeps its record.
/// </summary>
public sealed class RecordArticles(BuildCache cache) : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("reads each article page as its own modules leave it", [], [],
        "preview keeps its pages in memory and uses no build cache");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var previous = cache.PreviousByPath;
        Parallel.ForEach(state.Pages.Where(p => p.Kind == PageKind.Article && p.Source is not null),
            new ParallelOptions { MaxDegreeOfParallelism = state.Options.MaxDegreeOfParallelism }, page =>
            {
                var path = page.Source!.Path;
                if (page.Reused is not null)
                {
                    // Kept as it was read when nothing changed, so that the cache file can copy its bytes.
                    var before = previous[path];
                    var written = cache.StampToKeep(page.Source);
                    cache.Record(written == before.Written ? before : before with { Written = written });
                }
                else if (page.BodyParsed && cache.SourceHashes.TryGetValue(path, out var hash))
                {
                    cache.Record(new CachedArticle(path, hash, cache.StampToKeep(page.Source), ArticleSignature.Of(page, page.EvidenceItems), page.FrontMatter!,
                        page.Headings, page.Links, null, page.EvidenceItems, []));
                }
            });
    }
}
