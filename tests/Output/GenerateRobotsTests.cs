using AppealHandbook.Output;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Output;

[Trait(Category.Name, Category.Unit)]
public class GenerateRobotsTests
{
    [Fact]
    public void Names_the_sitemap_and_says_a_sub_path_copy_is_ignored_without_hiding_search()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", "A.", "甲。"));

        // Act
        var robots = site.RunThrough<GenerateRobots>(basePath: "/sub/").State.Outputs.Single(o => o.Path == "robots.txt");

        // Assert: search stays fetchable, so crawlers see its noindex; a sub-path copy says it is ignored.
        var text = System.Text.Encoding.UTF8.GetString(robots.Bytes.Span);
        Assert.Contains("Sitemap: https://example.org/sub/sitemap.xml", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow", text, StringComparison.Ordinal);
        Assert.StartsWith("# Published under /sub/", text, StringComparison.Ordinal);
    }

    [Fact]
    public void At_the_root_it_is_plain()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame + InlineSite.Pair("a", "A.", "甲。"));

        // Act
        var robots = site.RunThrough<GenerateRobots>(basePath: "/").State.Outputs.Single(o => o.Path == "robots.txt");

        // Assert
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n", System.Text.Encoding.UTF8.GetString(robots.Bytes.Span));
    }
}
