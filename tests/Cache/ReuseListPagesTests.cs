using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cache;

/// <summary>
/// The pages that list articles are kept from the previous build exactly when the articles' pages
/// are: after a prose edit, not after an edit other pages show (a title), and the output is the
/// clean build's either way. So is the print edition of a language none of whose articles changed.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class ReuseListPagesTests
{
    private static readonly PageKind[] Listing = [PageKind.Home, PageKind.Type, PageKind.Tag, PageKind.Status, PageKind.Search, PageKind.NotFound];

    [Fact]
    public void A_prose_edit_keeps_every_page_that_lists_articles()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        builds.Site.Edit("input/en/valid-tracking-rate.md", "Text.", "Text, and one more sentence.");

        var result = builds.BuildBothAndCompare("prose edit");

        var lists = result.State.Pages.Where(p => Listing.Contains(p.Kind)).ToList();
        Assert.Equal(Listing.Length, lists.Select(p => p.Kind).Distinct().Count());
        Assert.All(lists, page => Assert.NotNull(page.Reused));
        // The edited article's language makes its print edition again; the other keeps its own.
        var editions = result.State.Pages.Where(p => p.Kind == PageKind.Print).ToDictionary(p => p.Lang, p => p.Reused is not null);
        Assert.Equal(new Dictionary<string, bool> { ["en"] = false, ["zh"] = true }, editions);
    }

    [Fact]
    public void A_title_edit_lays_out_every_page_that_lists_articles_again()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        builds.Site.Edit("input/en/valid-tracking-rate.md", "title: Valid tracking rate", "title: Valid tracking rate (VTR)");

        var result = builds.BuildBothAndCompare("title edit");

        Assert.All(result.State.Pages.Where(p => Listing.Contains(p.Kind) || p.Kind == PageKind.Print), page => Assert.Null(page.Reused));
    }
}
