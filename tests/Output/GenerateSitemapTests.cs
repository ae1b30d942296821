using AppealHandbook.Output;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Output;

[Trait(Category.Name, Category.Unit)]
public class GenerateSitemapTests
{
    [Fact]
    public void Lists_the_pages_with_their_language_alternates_but_not_search()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", "A.", "甲。", updated: "2026-02-03"));

        // Act
        var sitemap = site.RunThrough<GenerateSitemap>().State.Outputs.Single(o => o.Path == "sitemap.xml");

        // Assert
        var xml = System.Text.Encoding.UTF8.GetString(sitemap.Bytes.Span);
        Assert.Contains("<loc>https://example.org/en/a/</loc>", xml, StringComparison.Ordinal);
        Assert.Contains("<lastmod>2026-02-03</lastmod>", xml, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"zh-Hans\" href=\"https://example.org/zh/a/\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("/search/", xml, StringComparison.Ordinal);
    }
}
