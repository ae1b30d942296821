using AppealHandbook.Core;

namespace AppealHandbook.Cache;

/// <summary>
/// In a build that reuses the previous build's article pages, marks every page that is neither an
/// article nor the print edition (homes, type, tag, status, search, chooser, 404, decoder and
/// builder pages) as reused, so that the layouts pass it by and the write keeps its file.
/// </summary>
/// <remarks>
/// Articles are reused only when every other input is unchanged and every edited article still
/// shows other pages what it showed before (<see cref="ArticleSignature"/>): then what these pages
/// are made of (the site's data, the theme, the day and what the articles show other pages) is as
/// the previous build had it, and so are their bytes. The status pages alone list every article
/// and cost about a second to lay out at 10,000 pages. Articles are made as usual, and so is the
/// print edition, which holds their bodies, unless no article of its language changed
/// (<see cref="Layout.Print.GeneratePrintEdition"/> keeps it then). Runs just before the layouts.
/// </remarks>
public sealed class ReuseListPages(BuildCache cache) : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("marks the pages that list articles as reused when no article changed what they list", [], [],
        "preview keeps its pages in memory and uses no build cache");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        state.Pages = [.. state.Pages.Select(page => Listing(page) && cache.KeepsPrevious(page.OutputPath) ? page with { Reused = new ReusedPage() } : page)];
    }

    private static bool Listing(Page page) => page.Reused is null && page.Kind is not (PageKind.Article or PageKind.Print);
}
