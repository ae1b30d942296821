using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Layout;

[Trait(Category.Name, Category.Unit)]
public class TagPageTests
{
    [Fact]
    public void A_tag_page_lists_the_articles_of_its_language_whose_tags_have_its_slug_by_title()
    {
        // Arrange: both English articles are tagged "metrics"; one writes it differently and adds a second tag.
        using var site = TestSite.Create(SiteFixtures.Valid);
        site.Edit("input/en/order-defect-rate.md", "tags: [metrics]", "tags: [Metrics, Buyer claims]");

        // Act
        site.Build();

        // Assert
        Assert.Equal(["Late shipment rate", "Order defect rate"], Titles(site, "en/tags/metrics/index.html"));
        Assert.Equal(["Order defect rate"], Titles(site, "en/tags/buyer-claims/index.html"));
        Assert.Equal(["订单缺陷率", "迟发率"], Titles(site, "zh/tags/指标/index.html")); // ordinal order of the titles
    }

    private static string[] Titles(TestSite site, string page) =>
        [.. site.Html(page).QuerySelectorAll("ul.article-list a").Select(a => a.TextContent)];
}
