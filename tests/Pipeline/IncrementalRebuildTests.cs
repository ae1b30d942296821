using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Pipeline;

[Trait(Category.Name, Category.Unit)]
public class IncrementalRebuildTests
{
    [Fact]
    public void A_body_edit_rerenders_only_that_page()
    {
        // Arrange
        using var site = TestSite.Create(SiteFixtures.Valid);
        var first = site.Build();
        site.Edit("input/en/late-shipment-rate.md", "Text.", "Edited text.");

        // Act
        var quick = IncrementalRebuild.TryArticle(first.State, Path.Combine(site.Input, "en", "late-shipment-rate.md"));

        // Assert
        Assert.NotNull(quick);
        Assert.True(quick.Succeeded);
        var page = quick.State.Pages.Single(p => p.Url == "en/late-shipment-rate/");
        Assert.Contains("Edited text.", page.Html);
        Assert.Same(first.State.Pages.Single(p => p.Url == "zh/late-shipment-rate/"), quick.State.Pages.Single(p => p.Url == "zh/late-shipment-rate/"));
    }

    [Theory]
    [InlineData("title: Late shipment rate", "title: Late shipments")]
    [InlineData("{#causes}", "{#reasons}")]
    [InlineData("xref:order-defect-rate#causes", "xref:order-defect-rate")]
    public void An_edit_other_pages_show_needs_a_full_build(string old, string replacement)
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var first = site.Build();
        site.Edit("input/en/late-shipment-rate.md", old, replacement);

        Assert.Null(IncrementalRebuild.TryArticle(first.State, Path.Combine(site.Input, "en", "late-shipment-rate.md")));
    }

    [Fact]
    public void A_broken_edit_reports_its_errors()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);
        var first = site.Build();
        site.Edit("input/en/late-shipment-rate.md", "Text.", "See [x](javascript:alert(1)).");

        var quick = IncrementalRebuild.TryArticle(first.State, Path.Combine(site.Input, "en", "late-shipment-rate.md"));

        Assert.NotNull(quick);
        Assert.Equal("SEC002", Assert.Single(quick.Diagnostics).Code);
    }
}
