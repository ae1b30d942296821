using System.Diagnostics;
using AppealHandbook.Content;
using AppealHandbook.Core;
using AppealHandbook.Linking;

namespace AppealHandbook.Pipeline;

/// <summary>
/// Rebuilds one edited article on top of the previous build, for <c>preview</c>: when what other
/// pages show of it (title, summary, type, dates, related keys, tags, aliases, section ids, xref
/// targets) is unchanged, only its own page needs to be rendered again, which takes milliseconds at
/// any size.
/// </summary>
/// <remarks>
/// It walks the same module order as the full build (<see cref="SitePipeline"/>) and does what each
/// module's <see cref="ModuleContract.OnePageRebuild"/> says: the input modules' work is done on the
/// edited file alone, modules that work page by page run on the edited page, and site-wide modules
/// keep their previous result. Before the first result is kept, the page is compared with its
/// previous version; anything else — a new or deleted file, a changed title or section id, data or
/// theme files — returns null and the caller runs a full build. The search index, sitemap and feeds
/// keep the previous build's version until that next full build.
/// </remarks>
public static class IncrementalRebuild
{
    /// <summary>The rebuilt state, or null when a full build is needed.</summary>
    public static BuildResult? TryArticle(BuildState previous, string fullPath, SitePipeline? pipeline = null)
    {
        var clock = Stopwatch.StartNew();
        var lang = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(fullPath)));
        if (lang is null || !Language.All.Contains(lang) || !fullPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !File.Exists(fullPath))
        {
            return null;
        }

        var key = Path.GetFileNameWithoutExtension(fullPath);
        var index = previous.Pages.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Kind == PageKind.Article && x.p.Lang == lang && x.p.Key == key);
        if (index.p is null)
        {
            return null;
        }

        var state = BuildState.ContinueFrom(previous);
        var source = ReadArticles.Read(lang, fullPath, state);
        var page = source is null ? null : ParseFrontMatter.Parse(source, state.Diagnostics);
        if (page is null || state.Diagnostics.HasErrors)
        {
            return Finish(state, clock);
        }

        var unchangedForOthers = false;
        foreach (var (phase, module) in Plan(pipeline ?? new SitePipeline()))
        {
            if (module.Contract.OnePageRebuild == OnePageRebuild.RunOnPage)
            {
                page = ((IOnePageModule)module).RunOnOne(page, state.For(module));
            }
            else if (phase != Phase.Read && !unchangedForOthers)
            {
                // This module's result is kept, and it reads the pages: what it reads of this one must not have changed.
                // (The reading modules read no page; a change to their files makes preview run a full build.)
                if (!SameForOthers(index.p, page))
                {
                    return null;
                }

                unchangedForOthers = true;
            }
        }

        state.Pages = state.Pages.SetItem(index.i, page);
        state.Add(ContentFacts.Sources, [.. state.Get(ContentFacts.Sources).Select(s => s.Path == source!.Path ? source : s)]);
        return Finish(state, clock);
    }

    /// <summary>
    /// The modules of the full build, in its order, that the one-page rebuild goes through after
    /// reading the edited file: those that run on the page, and those whose previous result it keeps
    /// (after checking that it may).
    /// </summary>
    public static IEnumerable<(Phase Phase, IModule Module)> Plan(SitePipeline pipeline) =>
        pipeline.Phases
            .SelectMany(p => p.Modules.Select(m => (p.Phase, m)))
            .Where(x => x.m.Contract.OnePageRebuild != OnePageRebuild.EditedFileOnly);

    private static BuildResult Finish(BuildState state, Stopwatch clock) =>
        new(state.Diagnostics.Sorted(), state.Pages.Count(p => p.HtmlUtf8 is not null), 0, clock.Elapsed, state);

    private static bool SameForOthers(Page before, Page after)
    {
        var a = before.FrontMatter!;
        var b = after.FrontMatter!;
        return a.Title == b.Title && a.Summary == b.Summary && a.Type == b.Type && a.Updated == b.Updated
            && a.Related.SequenceEqual(b.Related) && a.Tags.SequenceEqual(b.Tags) && a.Aliases.SequenceEqual(b.Aliases)
            && before.Headings.Select(h => h.Id).SequenceEqual(after.Headings.Select(h => h.Id))
            && before.Links.Select(l => l.Url).Where(u => u.StartsWith(CrossLink.Scheme, StringComparison.Ordinal))
                .SequenceEqual(after.Links.Select(l => l.Url).Where(u => u.StartsWith(CrossLink.Scheme, StringComparison.Ordinal)));
    }
}
