using AppealHandbook.Output;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Output;

[Trait(Category.Name, Category.Unit)]
public class GenerateRobotsTests
{
    [Fact]
    public void Keeps_crawlers_off_search_under_the_base_path_and_names_the_sitemap()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", "A.", "甲。"));

        // Act
        var robots = site.RunThrough<GenerateRobots>(basePath: "/sub/").State.Outputs.Single(o => o.Path == "robots.txt");

        // Assert
        var text = System.Text.Encoding.UTF8.GetString(robots.Bytes.Span);
        Assert.Contains("Disallow: /sub/zh/search/\nDisallow: /sub/en/search/\n", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://example.org/sub/sitemap.xml", text, StringComparison.Ordinal);
    }
}
