using System.Collections.Concurrent;
using System.Collections.Frozen;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Linking;
using AppealHandbook.Markdown;

namespace AppealHandbook.Checks;

/// <summary>
/// Reads every built page (AngleSharp) and checks that each internal link, image, stylesheet and
/// script resolves to a file of the site and each <c>#fragment</c> to an id on the target page,
/// and that ids are unique per page.
/// </summary>
/// <remarks>
/// A problem in an article's body is reported on the Markdown line the link was written on
/// (positions travel from <see cref="ParseMarkdown"/> through <see cref="LinkRef.Target"/>); a
/// problem in the page's frame is reported against the layout.
/// </remarks>
public sealed class CheckLinks : IModule
{
    // Ids and link targets are all this check reads. Text, comments and every other attribute are
    // left out of the tree (AngleSharp's skip options), which finds the same ids and links with a
    // fraction of the garbage (bench/RESULTS.md has the figures).
    private static readonly HtmlParserOptions IdsAndLinksOnly = new()
    {
        SkipDataText = true,
        SkipRCDataText = true,
        SkipRawText = true,
        SkipScriptText = true,
        SkipPlaintext = true,
        SkipCDATA = true,
        SkipComments = true,
        SkipProcessingInstructions = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = static (ref StructHtmlToken _, ReadOnlyMemory<char> name) => name.Span is "id" or "href" or "src",
    };

    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("reads every finished page", [DataFacts.SiteData], [],
        "it reads every page; preview builds leave it out (BuildOptions.CheckBuiltLinks)");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        if (!state.Options.CheckBuiltLinks)
        {
            return;
        }

        var pages = state.Pages.Where(p => p.HtmlUtf8 is not null).ToList();
        var files = pages.Select(p => p.OutputPath).Concat(state.Outputs.Select(o => o.Path)).ToFrozenSet(StringComparer.Ordinal);
        var parsed = new ConcurrentDictionary<string, (FrozenSet<string> Ids, List<(string Href, string Tag)> Links)>(StringComparer.Ordinal);
        var parser = new HtmlParser(IdsAndLinksOnly);

        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = state.Options.MaxDegreeOfParallelism }, page =>
        {
            using var document = parser.ParseDocument(page.Html!);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            Dictionary<string, (int Count, Heading First)>? headings = null;
            foreach (var element in document.QuerySelectorAll("[id]"))
            {
                // Two headings with one id are reported by CheckStructure; here: a heading against the layout's ids.
                // The headings are counted once per page, not once per repeated id (which was quadratic).
                headings ??= HeadingsById(page);
                if (!ids.Add(element.Id!) && page.Kind != PageKind.Print && (headings.TryGetValue(element.Id!, out var seen) ? seen.Count : 0) < 2)
                {
                    var heading = headings.TryGetValue(element.Id!, out var first) ? first.First : null;
                    Report(heading is null ? null : page, heading?.Line ?? 0, heading?.Column ?? 0, DiagnosticCodes.DuplicateId,
                        $"The id '{element.Id}' appears more than once on {page.Url}. Give each heading its own {{#id}}.", state);
                }
            }

            var links = new List<(string, string)>();
            foreach (var element in document.QuerySelectorAll("a[href], img[src], link[href], script[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
                links.Add((href, element.LocalName));
            }

            parsed[page.Url] = (ids.ToFrozenSet(StringComparer.Ordinal), links);
        });

        // A broken link in the layout breaks every page; report it once, not once per page.
        var frameProblems = new SortedDictionary<string, (string Code, List<string> Pages)>(StringComparer.Ordinal);
        // The print edition repeats every article's links and ids: a broken one is reported once,
        // on its article's own line. Its ids are still read, so links to the edition are checked.
        foreach (var page in pages.Where(p => p.Kind != PageKind.Print))
        {
            // The first Markdown link to each target, looked up rather than searched per link (which was quadratic).
            var sources = new Dictionary<string, LinkRef>(StringComparer.Ordinal);
            foreach (var link in page.Links)
            {
                if (link.Target is not null)
                {
                    sources.TryAdd(link.Target, link);
                }
            }

            foreach (var (href, tag) in parsed[page.Url].Links)
            {
                if (href.Length == 0 || UrlSafety.IsExternal(href) || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Resolve(page, href, state.Get(DataFacts.SiteData).Config.BasePath);
                var source = target is not null && sources.TryGetValue(target, out var found) ? found : null;
                var (path, fragment) = target is null ? ("", null) : SitePaths.SplitFragment(target);
                var file = target is null ? null : FileOf(path, files);
                if (file is null)
                {
                    var code = tag == "img" ? DiagnosticCodes.BrokenImage : DiagnosticCodes.BrokenLink;
                    if (source is null)
                    {
                        var key = "/" + (target ?? href);
                        frameProblems[key] = frameProblems.TryGetValue(key, out var seen) ? seen : (code, []);
                        frameProblems[key].Pages.Add(Display(page));
                        continue;
                    }

                    Report(page, source.Line, source.Column, code,
                        $"'{source.Url}' points to a page or file that does not exist. Fix the path, or use xref:KEY for an article.", state);
                    continue;
                }

                if (fragment is { Length: > 0 } && file.EndsWith(".html", StringComparison.Ordinal))
                {
                    var targetUrl = file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file;
                    if (parsed.TryGetValue(targetUrl, out var other) && !other.Ids.Contains(Uri.UnescapeDataString(fragment)))
                    {
                        Report(source is null ? null : page, source?.Line ?? 0, source?.Column ?? 0, DiagnosticCodes.BrokenFragment,
                            $"'{source?.Url ?? href}' on {Display(page)}: /{targetUrl} has no element with id '{fragment}'. Use one of its heading ids.", state);
                    }
                }
            }
        }

        foreach (var (target, (code, onPages)) in frameProblems)
        {
            Report(null, 0, 0, code,
                $"The layout links to {target}, which does not exist (on {onPages.Count} page(s), first {onPages[0]}). Add the page it expects, or fix the template.", state);
        }
    }

    private static string Display(Page page) => "/" + page.Url;

    private static Dictionary<string, (int Count, Heading First)> HeadingsById(Page page)
    {
        var result = new Dictionary<string, (int Count, Heading First)>(StringComparer.Ordinal);
        foreach (var heading in page.Headings)
        {
            result[heading.Id] = result.TryGetValue(heading.Id, out var seen) ? (seen.Count + 1, seen.First) : (1, heading);
        }

        return result;
    }

    /// <summary>The site path (with fragment) an href on <paramref name="page"/> points to, or null when it leaves the site.</summary>
    internal static string? Resolve(Page page, string href, string basePath)
    {
        var (path, fragment) = SitePaths.SplitFragment(href);
        path = Uri.UnescapeDataString(SitePaths.WithoutQuery(path));
        string? site;
        if (path.Length == 0)
        {
            site = page.Url;
        }
        else if (path.StartsWith('/'))
        {
            site = path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : null;
        }
        else
        {
            var folder = page.Url.EndsWith('/') || page.Url.Length == 0 ? page.Url : page.Url[..(page.Url.LastIndexOf('/') + 1)];
            site = SitePaths.Combine(folder, path);
        }

        return site is null ? null : site + (fragment is null ? "" : "#" + fragment);
    }

    private static string? FileOf(string sitePath, FrozenSet<string> files)
    {
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            return files.Contains(sitePath + "index.html") ? sitePath + "index.html" : null;
        }

        return files.Contains(sitePath) ? sitePath : files.Contains(sitePath + "/index.html") ? sitePath + "/index.html" : null;
    }

    private static void Report(Page? page, int line, int column, string code, string message, BuildState state)
    {
        var path = page?.Source?.Path ?? state.DisplayPath(Path.Combine(state.Options.ThemeDirectory, "layouts"));
        state.Diagnostics.Error(path, line, column, code, message);
    }
}
