using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Cache;

/// <summary>
/// Which edits let a build reuse the other pages: prose yes; anything other pages show of an
/// article (a heading, a link, the front matter), a new article or an error, no. A reused page's
/// warnings are reported again.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class RestoreArticlesTests
{
    private const string Vtr = "input/en/valid-tracking-rate.md";

    [Theory]
    [InlineData("Text.", "Text, and more of it.", 11)]
    [InlineData("## Common causes {#causes}", "## Usual causes {#causes}", 0)]
    [InlineData("Upload [tracking](xref:order-defect-rate).", "Upload [tracking](xref:late-shipment-rate).", 0)]
    [InlineData("summary: Summary of Valid tracking rate.", "summary: What the valid tracking rate is.", 0)]
    [InlineData("- [ ] Invoices", "- [ ] Invoices\n- [ ] Labels", 0)]
    [InlineData("Text.", "Text <b>bold</b>.", 0)]
    public void Only_an_edit_other_pages_cannot_see_reuses_them(string old, string replacement, int reused)
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        builds.Site.Edit(Vtr, old, replacement);

        var result = builds.BuildBothAndCompare(replacement);

        Assert.Equal(reused, result.ReusedPages);
    }

    [Fact]
    public void A_new_article_builds_every_page()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files);
        builds.BuildBothAndCompare("first build");
        builds.Site.Write(SiteFixtures.Article("zh", "new-key", "新") + SiteFixtures.Article("en", "new-key", "New"));

        Assert.Equal(0, builds.BuildBothAndCompare("new pair").ReusedPages);
    }

    [Fact]
    public void A_reused_page_reports_its_warnings_again()
    {
        using var builds = new CachedBuilds(BuildCacheTests.Files.Replace("Text.", "他说\"封号\"了。", StringComparison.Ordinal));
        var first = builds.BuildBothAndCompare("first build");
        Assert.Contains(first.Diagnostics, d => d.Code == "ST011");
        builds.Site.Edit("input/en/order-defect-rate.md", "Lead.", "Lead, edited.");

        var second = builds.BuildBothAndCompare("prose edit");

        Assert.Equal(11, second.ReusedPages);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }
}
