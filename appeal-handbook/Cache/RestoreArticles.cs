using AppealHandbook.Content;
using AppealHandbook.Core;
using AppealHandbook.Markdown;

namespace AppealHandbook.Cache;

/// <summary>
/// Takes the place of <see cref="ParseFrontMatter"/> in a build with a cache: each article whose
/// source is unchanged becomes its page as the previous build left it, marked as reused (so the
/// per-page modules pass it by and the write keeps its file), with the diagnostics reported at
/// its path replayed; every other article is parsed as usual.
/// </summary>
/// <remarks>
/// Pages are reused only when <see cref="BuildCache.MayReusePages"/> and the same articles exist
/// in the same order, and every edited article, parsed here on the side, has the signature it had
/// (<see cref="ArticleSignature"/>) and no error: otherwise what other pages show of it changed,
/// and every page is built.
/// </remarks>
public sealed class RestoreArticles(BuildCache cache) : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.Input("adds an article page per source file, reusing the previous build's where nothing it reads changed", [ContentFacts.Sources], [],
        "preview keeps its pages in memory and uses no build cache");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var sources = state.Get(ContentFacts.Sources);
        var hashes = new ContentHash[sources.Length];
        Parallel.For(0, sources.Length, new ParallelOptions { MaxDegreeOfParallelism = state.Options.MaxDegreeOfParallelism },
            i => hashes[i] = sources[i].IsRead ? ArticleSignature.OfSource(sources[i]) : cache.UnchangedSourceHash(sources[i].Path));
        var previous = cache.PreviousArticles;
        var reuse = cache.MayReusePages && previous.Length == sources.Length
            && previous.Select(a => a.Path).SequenceEqual(sources.Select(s => s.Path), StringComparer.Ordinal)
            && Enumerable.Range(0, sources.Length).All(i => hashes[i] == previous[i].SourceHash || ShowsTheSame(sources[i], previous[i], state.Options));

        var pages = new Page?[sources.Length];
        Parallel.For(0, sources.Length, new ParallelOptions { MaxDegreeOfParallelism = state.Options.MaxDegreeOfParallelism }, i =>
        {
            if (reuse && hashes[i] == previous[i].SourceHash)
            {
                pages[i] = previous[i].ToPage(sources[i]);
                foreach (var diagnostic in previous[i].Diagnostics)
                {
                    state.Diagnostics.Add(diagnostic);
                }
            }
            else
            {
                pages[i] = ParseFrontMatter.Parse(sources[i], state.Diagnostics);
            }
        });
        state.Pages = [.. pages.OfType<Page>()];
        cache.SourceHashes = sources.Select((s, i) => (s.Path, hashes[i])).ToDictionary(x => x.Path, x => x.Item2, StringComparer.Ordinal);
        cache.ReusedPages = reuse ? state.Pages.Count(p => p.Reused is not null) : 0;
    }

    /// <summary>Whether the edited <paramref name="source"/>, parsed on the side, parses cleanly and shows other pages what <paramref name="before"/> did.</summary>
    private static bool ShowsTheSame(SourceFile source, CachedArticle before, BuildOptions options)
    {
        var aside = new BuildState(options);
        var page = ParseFrontMatter.Parse(source, aside.Diagnostics);
        if (page is null || aside.Diagnostics.HasErrors)
        {
            return false;
        }

        page = new ParseMarkdown().RunOnOne(page, aside);
        return !aside.Diagnostics.HasErrors && page.BodyParsed
            && ArticleSignature.Of(page, page.EvidenceItems) == before.Signature;
    }
}
