using AppealHandbook.Core;
using AppealHandbook.Layout;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Layout;

[Trait(Category.Name, Category.Unit)]
public class GeneratePagesTests
{
    [Fact]
    public void Adds_the_chooser_homes_type_tag_search_status_and_404_pages()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", "A.", "甲。", frontMatter: "tags: [Late Shipments]"));

        // Act
        var pages = site.RunThrough<GeneratePages>().State.Pages;

        // Assert
        var urls = pages.Select(p => p.Url).ToList();
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
        foreach (var url in new[] { "", "404.html", "en/", "zh/", "en/search/", "zh/status/", "en/types/metrics/", "zh/types/guides/", "en/tags/late-shipments/" })
        {
            Assert.Contains(url, urls);
        }

        Assert.Equal(PageKind.Tag, pages.Single(p => p.Url == "en/tags/late-shipments/").Kind);
    }
}
