using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Linking;
using AppealHandbook.Layout.Models;

namespace AppealHandbook.Layout;

/// <summary>
/// Renders every page through its layout and the base layout. It is the last module to read a
/// page's body, so the finished page keeps only its HTML.
/// </summary>
/// <remarks>
/// It runs twice in the pipeline: in the article stage, where each article is laid out (and
/// written) as soon as its body is made, and after the generated pages are added, for those and
/// the print edition. A page is laid out once: the second pass passes finished pages by.
/// </remarks>
public sealed class ApplyLayouts : PageModule
{
    /// <inheritdoc />
    public override ModuleContract Contract { get; } = ModuleContract.PerPage(
        "renders each page through its layout into the finished HTML and lets go of the body",
        LayoutFacts.Theme, DataFacts.SiteData, LinkingFacts.Index, PlanOfAction.PoaFacts.Library);

    /// <inheritdoc />
    protected override bool ShouldProcess(Page page) => !page.IsFinished;

    /// <inheritdoc />
    protected override Page Process(Page page, BuildState state)
    {
        var factory = new PageModelFactory(state);
        var layout = LayoutOf(page);
        var theme = state.Get(LayoutFacts.Theme);
        if (!theme.HasLayout(layout) || !theme.HasLayout("base"))
        {
            state.Diagnostics.Error(state.DisplayPath(Path.Combine(state.Options.ThemeDirectory, "layouts")), 0, 0, DiagnosticCodes.BadTemplate,
                $"The theme has no '{layout}.liquid' (or 'base.liquid'). Add it to themes/default/layouts/ or input/layouts/.");
            return page;
        }

        // A body in parts (the print edition) is never held as one text: the layout is rendered
        // around a marker, and the parts are put where the marker is.
        var parts = page.BodyParts;
        var shown = parts is null ? page : page with { BodyHtml = BodyMarker };
        var model = Fill(factory.Page(shown, layout), shown, state, factory);
        try
        {
            var html = theme.Render(model, factory.Site(page), factory.Navigation(page), state.Get(DataFacts.SiteData));
            if (parts is not null)
            {
                var around = Split(html);
                parts = [around.Before, .. parts, around.After];
                if (state.Staged is { } stagedParts)
                {
                    stagedParts.Write(page.OutputPath, parts);
                    return page with { Staged = true, BodyParts = null };
                }

                return Finished(page, Join(parts), state);
            }

            return Finished(page, html, state);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // What the load-time checks cannot see (an include whose name is computed, a cycle
            // through one) fails here: reported once per layout and reason, at the layout's file,
            // in one line (Fluid's messages go on with the template's source).
            var reason = ex is FileNotFoundException missing
                ? $"it includes '{missing.Message}', which is no template under input/layouts/ or the theme's layouts/. Add it, or fix the name"
                : ex.Message.Split('\n')[0].Trim().TrimEnd('.') + ". Fix the template";
            state.Diagnostics.Error(theme.FileOf(layout) ?? state.DisplayPath(state.Options.ThemeDirectory), 1, 1, DiagnosticCodes.BadTemplate,
                $"The layout '{layout}' failed while rendering: {reason}.");
            return page;
        }
    }

    /// <summary>
    /// The page once its HTML is made. The finished page is all that is left to use: letting go of
    /// its body keeps a large build's memory to about what it writes, and writing it now (when
    /// nothing reads it back) lets go of the page too, so memory does not grow with the size of the site.
    /// </summary>
    private static Page Finished(Page page, ReadOnlySpan<byte> html, BuildState state)
    {
        if (state.Staged is { } staged)
        {
            staged.Write(page.OutputPath, html);
            return page with { Staged = true, BodyHtml = null, BodyParts = null };
        }

        return page with { HtmlUtf8 = html.ToArray(), BodyHtml = null, BodyParts = null };
    }

    /// <summary>Stands for a body in parts while its layout is rendered; no page's text contains it.</summary>
    private const string BodyMarker = "<!--\u0001body\u0001-->";

    private static readonly byte[] BodyMarkerUtf8 = System.Text.Encoding.UTF8.GetBytes(BodyMarker);

    /// <summary>The rendered layout before and after <see cref="BodyMarker"/>.</summary>
    private static (byte[] Before, byte[] After) Split(ReadOnlySpan<byte> html)
    {
        var at = html.IndexOf(BodyMarkerUtf8);
        if (at < 0)
        {
            throw new InvalidOperationException("the layout does not show the page's body ({{ page.body | raw }})");
        }

        return (html[..at].ToArray(), html[(at + BodyMarkerUtf8.Length)..].ToArray());
    }

    private static byte[] Join(IReadOnlyList<ReadOnlyMemory<byte>> parts)
    {
        var joined = new byte[parts.Sum(p => (long)p.Length)];
        var offset = 0;
        foreach (var part in parts)
        {
            part.Span.CopyTo(joined.AsSpan(offset));
            offset += part.Length;
        }

        return joined;
    }

    private static string LayoutOf(Page page) => page.Kind switch
    {
        PageKind.Article when page.Key == "glossary" => "glossary",
        PageKind.Article => "article",
        PageKind.Home => "home",
        PageKind.Type or PageKind.Tag => "list",
        PageKind.Search => "search",
        PageKind.Chooser => "chooser",
        PageKind.NotFound => "404",
        PageKind.Status => "status",
        PageKind.Print => "print",
        PageKind.Notice => "notice",
        PageKind.PoaBuilder => "poa-builder",
        _ => "article",
    };

    private static PageModel Fill(PageModel model, Page page, BuildState state, PageModelFactory factory)
    {
        var data = state.Get(DataFacts.SiteData);
        var index = state.Get(LinkingFacts.Index);
        var lang = page.Lang;
        switch (page.Kind)
        {
            case PageKind.Home:
                return model with { Groups = factory.AllGroups(page) };
            case PageKind.Type:
                var group = index.Navigation(lang).FirstOrDefault(g => g.Type.Id == page.Key);
                return model with { Items = group is null ? [] : [.. group.Articles.Select(a => PageModelFactory.Link(page, a))] };
            case PageKind.Tag:
                return model with { Items = [.. index.Tagged(lang, page.Key).Select(p => PageModelFactory.Link(page, p))] };
            case PageKind.Article when page.Key == "glossary":
                var other = Language.Other(lang);
                GlossaryEntryModel Entry(Data.GlossaryTerm term) => new(
                    term.Anchor,
                    term.Term[lang],
                    term.Term[other],
                    string.Join(", ", term.AliasesZh.Concat(term.AliasesEn).Distinct(StringComparer.Ordinal)),
                    term.Definition[lang],
                    term.Article is { } key && index.Find(lang, key) is { } article ? PageModelFactory.Link(page, article) : null);
                var groups = GlossaryIndex.Group(data.Glossary, lang);
                // The introduction leads to the terms; the body's sections (its sources) follow them.
                var split = model.Body.IndexOf("<h2", StringComparison.Ordinal);
                return model with
                {
                    Body = split < 0 ? model.Body : model.Body[..split],
                    BodyAfterTerms = split < 0 ? "" : model.Body[split..],
                    Terms = [.. groups.SelectMany(g => g.Terms).Select(Entry)],
                    GlossaryGroups = [.. groups.Select(g => new GlossaryGroupModel(g.Letter, "letter-" + (g.Letter == GlossaryIndex.Other ? "other" : g.Letter), [.. g.Terms.Select(Entry)]))],
                };
            case PageKind.Print:
                return model with { Body = page.BodyHtml ?? "" };
            case PageKind.Status:
                return model with { StatusRows = StatusRows(page, state) };
            case PageKind.PoaBuilder:
                return PoaBuilderModels.Fill(model, page, state);
            default:
                return model;
        }
    }

    private static IReadOnlyList<StatusRowModel> StatusRows(Page page, BuildState state)
    {
        var index = state.Get(LinkingFacts.Index);
        var t = state.Get(DataFacts.SiteData).Strings[page.Lang];
        return [.. state.Pages
            .Where(p => p.Kind == PageKind.Article)
            .Select(p => p.Key)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(key =>
            {
                var zh = index.Find(Language.Zh, key);
                var en = index.Find(Language.En, key);
                var state = zh is null || en is null ? t["status_missing"]
                    : zh.Updated != en.Updated ? t["status_stale"]
                    : t["status_ok"];
                return new StatusRowModel(
                    key,
                    zh is null ? null : PageModelFactory.Link(page, zh),
                    zh is null ? "" : DateFormat.Iso(zh.Updated),
                    en is null ? null : PageModelFactory.Link(page, en),
                    en is null ? "" : DateFormat.Iso(en.Updated),
                    state);
            })];
    }
}
