using System.Diagnostics;
using AppealHandbook.Checks;
using AppealHandbook.Content;
using AppealHandbook.Layout;
using AppealHandbook.Linking;
using AppealHandbook.Markdown;

namespace AppealHandbook.Pipeline;

/// <summary>
/// Rebuilds one edited article on top of the previous build, for <c>preview</c>: when what other
/// pages show of it (title, summary, type, dates, related keys, tags, aliases, section ids) is
/// unchanged, only its own page needs to be rendered again, which takes milliseconds at any size.
/// </summary>
/// <remarks>
/// Anything else — a new or deleted file, a changed title or section id, data or theme files —
/// returns null and the caller runs a full build. The search index, sitemap and feeds keep the
/// previous build's version until that next full build.
/// </remarks>
public static class IncrementalRebuild
{
    /// <summary>The rebuilt state, or null when a full build is needed.</summary>
    public static BuildResult? TryArticle(BuildState previous, string fullPath)
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

        page = new ParseMarkdown().ProcessOne(page, state);
        if (!SameForOthers(index.p, page))
        {
            return null;
        }

        page = new ResolveLinks().ProcessOne(page, state);
        CheckStructure.Check(page, state);
        CheckQuotes.Check(page, state);
        page = new LinkGlossaryTerms().ProcessOne(page, state);
        page = new RenderMarkdown().ProcessOne(page, state);
        page = new ApplyLayouts().ProcessOne(page, state);
        state.Pages = state.Pages.SetItem(index.i, page);
        state.Sources = [.. state.Sources.Select(s => s.Path == source!.Path ? source : s)];
        return Finish(state, clock);
    }

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
