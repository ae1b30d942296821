using System.Collections.Immutable;
using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Markdown;
using AppealHandbook.Markdown.Extensions.CrossLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AppealHandbook.Linking;

/// <summary>
/// Resolves every link and image of an article to a relative URL that works at a domain's root
/// and under any base path, and records on the page (<see cref="LinkRef"/>) the site path each one
/// points to and the address the rendered page uses. The Markdown tree is left as written: the
/// site-link renderer reads the addresses when the page is rendered.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>xref:KEY</c> and <c>xref:KEY#section</c> go to the same-language article; an unknown key or section is an error.</item>
/// <item><c>other.md#x</c> (a file beside the article) is treated like <c>xref:other#x</c>, as contributors write it in editors that preview Markdown.</item>
/// <item><c>/zh/a/</c> (site-absolute) and <c>../images/a.png</c> (relative to the source file) become relative to the page.</item>
/// <item>External URLs are left alone.</item>
/// <item>The front matter's <c>deadline</c> is checked as <c>xref:deadlines#ID</c> would be, at its own line.</item>
/// </list>
/// </remarks>
public sealed class ResolveLinks : PageModule
{
    /// <inheritdoc />
    public override ModuleContract Contract { get; } = ModuleContract.PerPage("adds to each link of the page the site path it points to and the address to render", LinkingFacts.Index, DataFacts.SiteData);

    /// <inheritdoc />
    protected override bool ShouldProcess(Page page) => page.Markdown is not null;

    /// <inheritdoc />
    protected override Page Process(Page page, BuildState state)
    {
        var index = state.Get(LinkingFacts.Index);
        var path = page.Source!.Path;
        var resolved = ImmutableArray.CreateBuilder<LinkRef>();
        var refs = page.Links.ToDictionary(l => (l.Line, l.Column));

        foreach (var link in TreeWalk.All<LinkInline>(page.Markdown!))
        {
            var url = link.Url ?? "";
            var line = link.Line + 1;
            var column = link.Column + 1;
            var linkRef = refs.GetValueOrDefault((line, column)) ?? new LinkRef(url, line, column, link.IsImage, true);
            var target = link is CrossLinkInline crossLink
                ? ResolveKey(crossLink.Key, crossLink.Section, line, column)
                : Resolve(url, page, state, line, column);
            string? href = null;
            if (target is not null)
            {
                var (targetPath, fragment) = SitePaths.SplitFragment(target);
                href = targetPath == page.Url && fragment is not null
                    ? "#" + fragment
                    : page.RootPrefix + targetPath + (fragment is null ? "" : "#" + fragment);
            }

            resolved.Add(linkRef with { Target = target, Href = href });
        }

        if (page.FrontMatter?.Deadline is { } deadline)
        {
            ResolveKey(FrontMatter.DeadlinesKey, deadline, page.FrontMatter.LineOf(FrontMatterKeys.Deadline), 1);
        }

        return page with { Links = resolved.ToImmutable() };

        string? Resolve(string url, Page page, BuildState state, int line, int column)
        {
            if (url.Length == 0 || UrlSafety.IsUnsafe(url) || UrlSafety.IsExternal(url))
            {
                return null;
            }

            if (url.StartsWith('#'))
            {
                return page.Url + url;
            }

            var (linkPath, fragment) = SitePaths.SplitFragment(url);
            // Decode as the browser will, so %2e%2e/ cannot climb out of the site unseen.
            linkPath = Uri.UnescapeDataString(SitePaths.WithoutQuery(linkPath)).Replace('\\', '/');
            if (linkPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !linkPath.Contains('/', StringComparison.Ordinal))
            {
                return ResolveKey(linkPath[..^3], fragment, line, column);
            }

            // Site-absolute paths are relative to the site root; others to the source file's folder (input/{lang}/).
            var sitePath = linkPath.StartsWith('/') ? SitePaths.Combine("", linkPath) : SitePaths.Combine(page.Lang + "/", linkPath);
            if (sitePath is null)
            {
                state.Diagnostics.Error(path, line, column, DiagnosticCodes.BrokenLink,
                    $"'{ParseFrontMatterShort(url)}' points outside the site. Use xref:KEY for articles, or a path inside input/.");
                return null;
            }

            return sitePath + (fragment is null ? "" : "#" + fragment);
        }

        string? ResolveKey(string key, string? section, int line, int column)
        {
            var target = index.Find(page.Lang, key);
            if (target is null)
            {
                state.Diagnostics.Error(path, line, column, DiagnosticCodes.UnknownXref,
                    $"xref '{ParseFrontMatterShort(key)}' names no {page.Lang} article. Use the key of an existing article (the file name without .md).");
                return null;
            }

            if (section is { Length: > 0 } && !index.HasSection(page.Lang, key, section) && !IsGlossaryAnchor(key, section, state))
            {
                state.Diagnostics.Error(path, line, column, DiagnosticCodes.UnknownXrefSection,
                    $"'{key}' has no section '#{ParseFrontMatterShort(section)}'. Its sections are: {string.Join(", ", target.Headings.Select(h => h.Id))}.");
                return null;
            }

            return target.Url + (section is { Length: > 0 } ? "#" + section : "");
        }
    }

    private static bool IsGlossaryAnchor(string key, string section, BuildState state) =>
        key == "glossary" && state.Get(DataFacts.SiteData).Glossary.Any(t => t.Anchor == section);

    private static string ParseFrontMatterShort(string value) => MessageText.Shorten(value);
}
